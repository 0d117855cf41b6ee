-- wrk script: POST the same DER OCSP request (file in OCSP_REQUEST) to the path given on the command line.
-- OCSP_CLOSE=1 adds "Connection: close": one TCP connection per request.
local f = assert(io.open(os.getenv("OCSP_REQUEST"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/ocsp-request"
if os.getenv("OCSP_CLOSE") == "1" then
   wrk.headers["Connection"] = "close"
end

-- wrk's own wrk.resolve connects once to each address and closes without sending anything. `openssl ocsp -port`
-- (3.0) then waits for a request on that dead connection forever, reading end-of-file in a loop, and answers
-- nobody else (openssl issue #31129). Take the address without that probe.
function wrk.resolve(host, service)
   wrk.addrs = wrk.lookup(host, service)
end
