package dev.upkisim.web;

import dev.upkisim.core.Language;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Which language a human page is shown in (SPEC 1.5): {@code ?lang=en|ja} first, then the browser's
 * Accept-Language (the better-rated of ja and en), else Japanese.
 */
public final class Languages {
    private Languages() {
    }

    public static Language of(Context ctx) {
        String asked = ctx.queryParam("lang");
        if ("en".equalsIgnoreCase(asked)) {
            return Language.EN;
        }
        if ("ja".equalsIgnoreCase(asked)) {
            return Language.JA;
        }
        return fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.JA;
        }
        double ja = -1;
        double en = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            double quality = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (tag.equals("ja") || tag.startsWith("ja-")) {
                ja = Math.max(ja, quality);
            } else if (tag.equals("en") || tag.startsWith("en-")) {
                en = Math.max(en, quality);
            }
        }
        return en > ja && en > 0 ? Language.EN : Language.JA;
    }
}
