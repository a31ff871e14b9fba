package cn.zfxxgk.report.fonts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The faces that draw each role in the paged formats: for each configured family that the catalog has, in order, then
 * the built-in fallback. A character is drawn by the first face of its role that has it.
 */
public final class FontSet {

    /** A family name as the template's CSS uses it, with the face registered under it. */
    public record Registration(String family, FontFace face) {
    }

    private final Map<FontRole, List<Registration>> roles = new EnumMap<>(FontRole.class);

    /** Resolves every role of {@code families} against {@code catalog}. */
    public FontSet(FontRoles families, FontCatalog catalog) {
        for (FontRole role : FontRole.values()) {
            List<Registration> list = new ArrayList<>();
            for (String family : families.families(role)) {
                catalog.find(family).ifPresent(face -> list.add(new Registration(family, face)));
            }
            list.add(new Registration(FontRoles.BUILT_IN, catalog.builtIn()));
            roles.put(role, List.copyOf(list));
        }
    }

    /** The faces of {@code role} in order of use. */
    public List<Registration> faces(FontRole role) {
        return roles.get(role);
    }

    /** The face that draws {@code c} in {@code role}, or null when none has it. */
    public FontFace faceFor(FontRole role, int c) {
        for (Registration registration : roles.get(role)) {
            if (registration.face().has(c)) {
                return registration.face();
            }
        }
        return null;
    }

    /** Every family name to register with its face, once each. */
    public List<Registration> registrations() {
        Map<String, Registration> unique = new LinkedHashMap<>();
        roles.values().forEach(list -> list.forEach(r -> unique.putIfAbsent(r.family(), r)));
        return List.copyOf(unique.values());
    }
}
