// One picture's credit printed twice, over the picture and again with its caption right under it ("Bild: Keystone /
// Urs Flueeler" / <caption> / "Bild: Keystone / Urs Flueeler", "Bild: keystone" / "<caption> Bild: keystone"): one
// medium, the caption with the credit; the first print stays with the boilerplate. It made two media, the first
// without a caption, or with the title over it taken for its caption (media.cpp, collect_media()). A sentence over
// the first print is its own picture's caption: two pictures by one photographer stay two. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

const std::string de_own_line = "Hafenblatt\n"
                                "Stadt\n"
                                "Region\n"
                                "Verkehr\n"
                                "Fähren\n"
                                "Die Inselfähre fällt im Dezember oft aus\n"
                                "Wegen Arbeiten am Ostkai fahren bis Weihnachten täglich vier Fähren weniger. Pendler müssen mit längeren Wartezeiten rechnen.\n"
                                "Audio: 3:12\n"
                                "Bild: Hafenblatt / Paul Meier\n"
                                "Arbeiter am Ostkai bei Ebbe.\n"
                                "Bild: Hafenblatt / Paul Meier\n"
                                "Die Reederei hat am Montag den Fahrplan für den Dezember bekannt gegeben. Grund sind Arbeiten am Ostkai, die nicht verschoben werden könnten.\n"
                                "„Wir wissen, dass das für viele Pendler ärgerlich ist“, sagte die Sprecherin der Reederei. Man habe die Arbeiten bewusst in eine ruhige Zeit gelegt.\n"
                                "Die Gemeinde zeigte wenig Verständnis und verlangt einen Ersatzbus für die Pendler.\n"
                                "Meistgelesen\n"
                                "Impressum\n";

const std::string de_closing = "Hafenblatt\n"
                               "Stadt\n"
                               "Region\n"
                               "Verkehr\n"
                               "Die Hafengebühren steigen 2027 erneut – das sind die Gründe\n"
                               "Bild: hafenblatt\n"
                               "Die Gebühren steigen im Schnitt um 5,2 Prozent. Bild: hafenblatt\n"
                               "Teilen\n"
                               "Die Hafengebühren steigen im kommenden Jahr im Schnitt um 5,2 Prozent. Das hat der Hafenrat am Dienstag bekannt gegeben. Am stärksten betroffen sind die Fischer.\n"
                               "Die Reedereien begründen den Anstieg mit höheren Kosten für Unterhalt und Lotsen. Die Fischer wollen sich wehren.\n"
                               "Der Gemeinderat entscheidet im Frühling über die neuen Gebühren.\n"
                               "Impressum\n";

const std::string fr_own_line = "La Gazette du Port\n"
                                "Ville\n"
                                "Région\n"
                                "Transports\n"
                                "Le bac des îles souvent supprimé en décembre\n"
                                "En raison de travaux au quai est, quatre traversées de moins par jour jusqu'à Noël. Les pendulaires devront patienter.\n"
                                "Audio : 3:12\n"
                                "Photo : La Gazette / Paul Meier\n"
                                "Des ouvriers au quai est, à marée basse.\n"
                                "Photo : La Gazette / Paul Meier\n"
                                "La compagnie a présenté lundi les horaires de décembre. Les travaux au quai est ne pouvaient pas être repoussés, selon elle.\n"
                                "« Nous savons que c'est pénible pour beaucoup de pendulaires », a déclaré la porte-parole de la compagnie. Les travaux ont été placés à une période calme.\n"
                                "La commune demande un bus de remplacement pour les pendulaires.\n"
                                "Les plus lus\n"
                                "Mentions légales\n";

const std::string en_two_pictures = "Harbour Weekly\n"
                                    "Local\n"
                                    "Business\n"
                                    "The ferry's new app makes waiting look shorter\n"
                                    "By Jonas Beck\n"
                                    "The ferry company's app now shows the boat's place on a map of the bay, so that travellers can see how long they will wait. It was released on Monday for both phones.\n"
                                    "The old screen showed only the time of the next crossing.\n"
                                    "Image: Paul Meyer\n"
                                    "The new screen shows the boat on a map of the bay.\n"
                                    "Image: Paul Meyer\n"
                                    "The company says the map is updated every ten seconds from the boat's own radio. Travellers who tried it on Monday said it made the wait feel shorter.\n"
                                    "The map works without a data connection once the app has been opened at the pier.\n"
                                    "Comments\n";

} // namespace

TEST_CASE("a credit printed over the picture and again with its caption makes one medium", "[media][region38]") {
    const struct {
        const std::string& page;
        const char* caption;
        const char* credit;
    } rows[] = {
        {de_own_line, "Arbeiter am Ostkai bei Ebbe.", "Bild: Hafenblatt / Paul Meier"},
        {de_closing, "Die Gebühren steigen im Schnitt um 5,2 Prozent.", "Bild: hafenblatt"},
        {fr_own_line, "Des ouvriers au quai est, à marée basse.", "Photo : La Gazette / Paul Meier"},
    };
    for (const auto& r : rows) {
        INFO(r.caption);
        const Article a = parse(r.page);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK(test::in_boilerplate(a, r.credit));
    }
}

TEST_CASE("two pictures by one photographer, each under its caption, stay two media", "[media][region38]") {
    const Article a = parse(en_two_pictures);
    REQUIRE(a.media.size() == 2);
    CHECK(a.media[0].caption == std::optional<std::string>("The old screen showed only the time of the next crossing."));
    CHECK(a.media[1].caption == std::optional<std::string>("The new screen shows the boat on a map of the bay."));
}
