package dev.upkisim.web.sim;

import dev.upkisim.core.Institution;
import dev.upkisim.core.LocalizedText;
import java.util.List;

/**
 * {@code GET /sim/links}: where each face of the simulator is, and each institution's RA operator credentials,
 * for the dashboard's links panel.
 *
 * @param faces        the faces, each a path on the dashboard's own origin unless it has a port of its own
 * @param institutions the fixtures' institutions with their credential downloads
 */
record FaceLinks(List<FaceLink> faces, List<InstitutionLink> institutions) {

    /**
     * @param port  an HTTPS port of its own (the relying-party check, the NII face that asks for a client
     *              certificate), or {@code null} for the dashboard's own origin
     * @param probe whether the face may not exist yet, so the dashboard shows it only when a GET answers 200
     */
    record FaceLink(String key, LocalizedText label, String path, Integer port, boolean probe) {
    }

    /** @param p12 the PKCS#12 download, whose password comes in its {@code X-P12-Password} header */
    record InstitutionLink(String id, LocalizedText name, String p12, String pem) {
        static InstitutionLink of(Institution institution) {
            String base = "/sim/ra/" + institution.id() + "/credentials";
            return new InstitutionLink(institution.id(), institution.name(), base + ".p12", base + ".pem");
        }
    }

    static FaceLinks of(List<Institution> institutions, int httpsPort, int relyingPartyPort) {
        return new FaceLinks(List.of(
                new FaceLink("portal", new LocalizedText("J-UPKI 電子証明書管理システム（利用者向けポータル）",
                        "J-UPKI Certificate Management System (members' portal)"), "/jupki/", null, false),
                new FaceLink("nii-ra", new LocalizedText("NII 発行システム 登録担当者画面（RA 証明書が必要）",
                        "NII issuance system, RA pages (needs an RA certificate)"), "/upki-odcert/lra/SSLLogin.do",
                        httpsPort, false),
                new FaceLink("repository", new LocalizedText("認証局リポジトリ", "CA repository"), "/repo/", null, false),
                new FaceLink("p12-doctor", new LocalizedText("P12 診断", "P12 doctor"), "/repo/p12-doctor", null, false),
                new FaceLink("relying-party", new LocalizedText("証明書ログインの確認（クライアント証明書を提示）",
                        "Relying-party check (presents a client certificate)"), "/rp/check", relyingPartyPort, false),
                new FaceLink("api", new LocalizedText("操作 API の説明（OpenAPI: /sim/openapi.json）",
                        "Control API description (OpenAPI: /sim/openapi.json)"), "/sim/api", null, true),
                new FaceLink("landing", new LocalizedText("upki-sim トップページ", "upki-sim start page"), "/", null, false)),
                institutions.stream().map(InstitutionLink::of).toList());
    }
}
