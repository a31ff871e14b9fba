package cn.zfxxgk.report.fonts;

import cn.zfxxgk.report.problem.Message;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The faces that draw each role in the paged formats: for each configured family that the catalog has, in order, then
 * the built-in fallback. A character is drawn by the first face of its role that has it.
 */
public final class FontSet {

    /** A family name as the template's CSS uses it, with the face registered under it. */
    public record Registration(String family, FontFace face) {}

    private final Map<FontRole, List<Registration>> roles = new EnumMap<>(FontRole.class);
    private final FontRoles families;
    private final Consumer<Message> notices;

    /** Resolves every role of {@code families} against {@code catalog}. */
    public FontSet(FontRoles families, FontCatalog catalog) {
        this(families, catalog, notice -> {});
    }

    /**
     * Resolves every role of {@code families} against {@code catalog}; {@code notices} hears of a face left out
     * because it is damaged.
     */
    public FontSet(FontRoles families, FontCatalog catalog, Consumer<Message> notices) {
        this.notices = notices;
        this.families = families;
        List<FontRole> fallingBack = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            List<Registration> list = new ArrayList<>();
            for (String family : families.families(role)) {
                catalog.find(family).ifPresent(face -> list.add(new Registration(family, face)));
            }
            if (list.isEmpty() && !families.families(role).isEmpty()) {
                fallingBack.add(role);
            }
            list.add(new Registration(FontRoles.BUILT_IN, catalog.builtIn()));
            roles.put(role, List.copyOf(list));
        }
        // never silently: it will not look as the editor chose; but a catalog closed meanwhile (the run ended while
        // its fonts were being found) found nothing because it stopped looking, not because they are not installed
        if (!fallingBack.isEmpty() && catalog.searches() && !catalog.isClosed()) {
            notices.accept(FontMessages.fallback(fallingBack, FontRoles.BUILT_IN));
        }
    }

    /** The faces of {@code role} in order of use. */
    public synchronized List<Registration> faces(FontRole role) {
        return roles.get(role);
    }

    /**
     * The face that draws {@code c} in {@code role}, or null when none has it. A face that maps a printing character
     * to a glyph without an outline is damaged: it is left out of every role from then on (the PDF would show nothing
     * there), with a notice, and the next face is asked.
     */
    public synchronized FontFace faceFor(FontRole role, int c) {
        return faceFor(() -> roles.get(role), c);
    }

    /**
     * The face that draws {@code c} in text whose CSS names {@code cssFamilies}, or null when none has it: the first
     * registered family of the list that has it (a family the run did not register draws nothing).
     */
    public synchronized FontFace faceFor(List<String> cssFamilies, int c) {
        return faceFor(
                () -> {
                    List<Registration> faces = new ArrayList<>();
                    for (String family : cssFamilies) {
                        registrations().stream()
                                .filter(r -> r.family().equalsIgnoreCase(family))
                                .forEach(faces::add);
                    }
                    return faces;
                },
                c);
    }

    private FontFace faceFor(Supplier<List<Registration>> faces, int c) {
        for (Registration registration : faces.get()) {
            FontFace face = registration.face();
            if (face.has(c)) {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || face.hasOutline(c)) {
                    return face;
                }
                leaveOut(face, c);
                return faceFor(faces, c);
            }
        }
        return null;
    }

    /**
     * The roles whose families {@code cssFamilies} are (as {@link FontRoles#css} writes them, the generic family at
     * the end left aside): how a message names the text's fonts. Several when {@code fonts.properties} gives roles the
     * same families (the tables and the page numbers share 宋体); none when the template names families of its own.
     */
    public List<FontRole> roles(List<String> cssFamilies) {
        List<FontRole> roles = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            List<String> named = new ArrayList<>(families.families(role));
            named.add(FontRoles.BUILT_IN);
            if (cssFamilies.size() >= named.size()
                    && cssFamilies.subList(0, named.size()).equals(named)
                    && cssFamilies.size() <= named.size() + 1) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Leaves {@code face} out of every role. */
    private void leaveOut(FontFace face, int c) {
        roles.replaceAll(
                (role, list) -> list.stream().filter(r -> r.face() != face).toList());
        notices.accept(FontMessages.damaged(face.name(), face.source(), c, false));
    }

    /** Every family name to register with its face, once each. */
    public synchronized List<Registration> registrations() {
        Map<String, Registration> unique = new LinkedHashMap<>();
        roles.values().forEach(list -> list.forEach(r -> unique.putIfAbsent(r.family(), r)));
        return List.copyOf(unique.values());
    }
}
