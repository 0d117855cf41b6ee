-- wrk script: POST the same DER OCSP request (file in OCSP_REQUEST) to the path given on the command line.
local f = assert(io.open(os.getenv("OCSP_REQUEST"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/ocsp-request"
