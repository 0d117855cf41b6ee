package dev.upkisim.web;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.ListenerIdentity;
import java.security.KeyStore;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * TLS for the HTTPS listener (SPEC 1.1): the listener's certificate with its chain up to the simulated root,
 * and a request for a client certificate that is not required ("want", not "need").
 *
 * <p>Any client certificate is let through the handshake: the paths that need one check it themselves, so
 * that they can say in their own style why a certificate is refused (expired, revoked, unknown issuer…),
 * where a failed handshake would say nothing. The certificate request names the simulated CAs, so browsers
 * offer the user only certificates from upki-sim.
 *
 * <p>Both contexts (the listener's, and the relying-party check's, which demands a certificate) are set up on
 * another thread from {@link #start} on — key store, key managers, JSSE's defaults: ~0.1 s of a start on the
 * project's 2-core machine — while the caller builds the rest; the connectors take them when the server starts.
 */
public final class ListenerTls implements AutoCloseable {
    private static final char[] PASSWORD = "upki-sim-listener".toCharArray();
    private final CompletableFuture<Contexts> contexts;

    /** The listener's context ("want") and the relying-party check's ("need"), started. */
    private record Contexts(SslContextFactory.Server want, SslContextFactory.Server need) {
    }

    private ListenerTls(ListenerIdentity identity, CaHierarchy hierarchy) {
        this.contexts = CompletableFuture.supplyAsync(() -> {
            Contexts built = new Contexts(contextFactory(identity, hierarchy, false), contextFactory(identity, hierarchy, true));
            try {
                built.want().start();
                built.need().start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot set up TLS for the HTTPS listeners", e);
            }
            return built;
        });
    }

    /** Begins setting up the listeners' TLS in the background. */
    public static ListenerTls start(ListenerIdentity identity, CaHierarchy hierarchy) {
        return new ListenerTls(identity, hierarchy);
    }

    /** @param required demand a client certificate at the handshake ("need") instead of asking for one ("want") */
    SslContextFactory.Server forConnector(boolean required) {
        try {
            Contexts started = contexts.join();
            return required ? started.need() : started.want();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void close() {
        Contexts started = contexts.handle((done, failed) -> done).join(); // not under a set-up still in progress
        if (started != null) {
            try {
                started.want().stop();
                started.need().stop();
            } catch (Exception ignored) {
                // stopping at exit: nothing to keep
            }
        }
    }

    /** @param required demand a client certificate at the handshake ("need") instead of asking for one ("want") */
    private static SslContextFactory.Server contextFactory(ListenerIdentity identity, CaHierarchy hierarchy, boolean required) {
        X509Certificate[] advertised = hierarchy.all().stream().map(a -> a.certificate()).toArray(X509Certificate[]::new);
        SslContextFactory.Server factory = new SslContextFactory.Server() {
            @Override
            protected TrustManager[] getTrustManagers(KeyStore trustStore, Collection<? extends CRL> crls) {
                return new TrustManager[] {new CheckedByTheApplication(advertised)};
            }
        };
        factory.setKeyStore(keyStore(identity, hierarchy));
        factory.setKeyStoreType("JKS");
        factory.setKeyStorePassword(new String(PASSWORD));
        factory.setWantClientAuth(!required);
        factory.setNeedClientAuth(required);
        factory.setSniRequired(false);
        return factory;
    }

    private static KeyStore keyStore(ListenerIdentity identity, CaHierarchy hierarchy) {
        try {
            // In memory only, never written: JKS avoids PKCS#12's PBKDF2 rounds, which cost ~0.1 s at every start.
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, null);
            Certificate[] chain = {identity.certificate(), hierarchy.get(CaRole.SERVER).certificate(),
                    hierarchy.root().certificate()};
            store.setKeyEntry("listener", identity.privateKey(), PASSWORD, chain);
            return store;
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the listener's key store", e);
        }
    }

    /** Accepts every client chain at the handshake; advertises the simulated CAs as acceptable issuers. */
    private record CheckedByTheApplication(X509Certificate[] advertised) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // checked by the path that needs a client certificate
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("the listener is a server only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return advertised.clone();
        }
    }
}
