// head101: a picture gallery's page prints no article, only its slides' counters ("1/6") and captions: the title over
// the short standfirst, under the gallery's label ("Fotostrecke", "Photos", "Galerie"), is its headline
// (title_over_gallery_standfirst()). A note naming the text's translator right under the headline ("Translated from
// the German by ...", "Aus dem Englischen von ...", "Traduit de l'anglais par ...") is never the lede. Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using archive::test::in_body;

namespace {

struct GalleryRow {
    const char* name;
    const char* label;
    const char* title;
    const char* standfirst;
    const char* date;
    const char* byline;
    std::vector<std::string> captions;
};

const std::vector<GalleryRow> gallery_rows = {
    {"de", "Fotostrecke", "Lichterfest in Wendenburg: Tausende feiern in der Altstadt", "Bilder vom Wochenende",
     "07.12.2026", "Von Petra Hansen",
     {"Zum Auftakt zogen rund 300 Kinder mit Laternen durch die Altstadt. Foto: Petra Hansen",
      "Auf dem Marktplatz spielte die Stadtkapelle bis in den späten Abend. Foto: Petra Hansen",
      "Bürgermeisterin Karin Albers eröffnete das Fest am Samstagabend. Foto: Jens Möller",
      "Das Feuerwerk über der Stadtmauer war der Höhepunkt. Foto: Jens Möller",
      "Am Sonntag ging das Fest mit einem Gottesdienst zu Ende. Foto: Petra Hansen"}},
    {"en", "Photos", "Lantern festival in Wendle: thousands celebrate in the old town", "Pictures from the weekend",
     "07.12.2026", "By Paula Hanson",
     {"About 300 children with lanterns opened the parade through the old town. Photo: Paula Hanson",
      "The town band played on the market square until late in the evening. Photo: Paula Hanson",
      "Mayor Karen Albury opened the festival on Saturday evening. Photo: Jon Miller",
      "The fireworks over the town wall were the high point. Photo: Jon Miller",
      "The festival closed with a service on Sunday. Photo: Paula Hanson"}},
    {"fr", "Galerie", "Fête des lumières à Vallonne : des milliers de personnes dans la vieille ville",
     "Les images du week-end", "07/12/2026", "Par Paule Hanon",
     {"Quelque 300 enfants avec des lanternes ont ouvert le défilé dans la vieille ville. Photo : Paule Hanon",
      "La fanfare a joué sur la place du marché jusque tard dans la soirée. Photo : Paule Hanon",
      "La maire Karine Albert a ouvert la fête samedi soir. Photo : Jean Milan",
      "Le feu d'artifice au-dessus des remparts a été le moment fort. Photo : Jean Milan",
      "La fête s'est terminée dimanche par une messe. Photo : Paule Hanon"}},
    {"it", "Fotogallery", "Festa delle luci a Valdora: migliaia di persone nel centro storico", "Le immagini del weekend",
     "07/12/2026", "di Paola Anselmi",
     {"Circa 300 bambini con le lanterne hanno aperto il corteo nel centro storico. Foto: Paola Anselmi",
      "La banda cittadina ha suonato in piazza fino a tarda sera. Foto: Paola Anselmi",
      "La sindaca Carla Albini ha aperto la festa sabato sera. Foto: Gianni Molla",
      "I fuochi d'artificio sopra le mura sono stati il momento più atteso. Foto: Gianni Molla",
      "La festa si è chiusa domenica con una messa. Foto: Paola Anselmi"}},
};

// "\n3/6\n": a slide's counter on its line.
std::string counter_line(std::size_t k, std::size_t n) {
    std::string line = "\n";
    line.append(std::to_string(k)).append("/").append(std::to_string(n)).append("\n");
    return line;
}

// The gallery's page: a site's menu and cookie notice, the label, the title, the standfirst, the date and byline,
// then each slide's counter over its caption (`counters` false: the captions alone, an article's paragraphs).
std::string gallery_page(const GalleryRow& row, bool counters) {
    std::string page = "Harbour Online\nHome\nRegion\nSport\nCookies\nAccept all\n";
    for (const char* line : {row.label, row.title, row.standfirst, row.date, row.byline})
        page.append(line).append("\n");
    const std::size_t n = row.captions.size();
    for (std::size_t k = 0; k < n; ++k) {
        if (counters)
            page.append(counter_line(k + 1, n).substr(1));
        page += row.captions[k] + "\n";
    }
    page += "Imprint\nPrivacy\n© Harbour Online 2026\n";
    return page;
}

struct NoteRow {
    const char* name;
    const char* page;
    const char* note;
    const char* first_paragraph;
};

const std::vector<NoteRow> note_rows = {
    {"en",
     "Harbour Weekly\nNews\nNew lighthouse lamp for the northern cape\n"
     "Translated from the German by Mark Ellison.\n"
     "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.\n"
     "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.\n"
     "The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its room.\n"
     "The council will vote on the final bill in the spring, when the summer timetable begins.\nShare\nContact\n",
     "Translated from the German by Mark Ellison.",
     "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet."},
    {"de",
     "Küstenbote\nNachrichten\nNeue Lampe für den Leuchtturm am Nordkap\n"
     "Aus dem Englischen von Anna Roth.\n"
     "Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischerflotte abgebaut.\n"
     "Techniker setzten eine Lampe ein, die ein Zehntel des Stroms braucht und doppelt so weit zu sehen ist.\n"
     "Das Wärterhaus wird ein kleines Museum der Küste, mit der alten Lampe in seinem einzigen Raum.\n"
     "Der Gemeinderat stimmt im Frühjahr über die letzte Rechnung ab, wenn der Sommerfahrplan beginnt.\n"
     "Teilen\nKontakt\n",
     "Aus dem Englischen von Anna Roth.",
     "Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischerflotte abgebaut."},
    {"fr",
     "L'Écho du Cap\nActualités\nUne nouvelle lampe pour le phare du cap Nord\n"
     "Traduit de l'anglais par Marc Dupont.\n"
     "L'ancienne lampe du cap Nord a été démontée lundi après quatre-vingt-dix ans au service de la flotte de pêche.\n"
     "Les techniciens ont installé une lampe qui consomme dix fois moins et se voit deux fois plus loin en mer.\n"
     "La maison du gardien deviendra un petit musée de la côte, avec l'ancienne lampe au centre de sa seule pièce.\n"
     "Le conseil votera la facture finale au printemps, quand commencera l'horaire d'été.\nPartager\nContact\n",
     "Traduit de l'anglais par Marc Dupont.",
     "L'ancienne lampe du cap Nord a été démontée lundi après quatre-vingt-dix ans au service de la flotte de pêche."},
};

} // namespace

TEST_CASE("a gallery's title over its short standfirst, under the gallery's label, is the headline",
          "[headline][head101]") {
    for (const GalleryRow& row : gallery_rows) {
        INFO(row.name);
        const Article a = parse(gallery_page(row, true), "page.txt");
        REQUIRE(a.headline);
        CHECK(*a.headline == row.title);
    }
}

TEST_CASE("near misses: no gallery's counters, or counters that open no gallery, leave the headline",
          "[headline][head101]") {
    for (const GalleryRow& row : gallery_rows) {
        INFO(row.name);
        const std::string plain = gallery_page(row, false);
        const Article without = parse(plain, "page.txt");
        // (counters that do not open on the first slide: a list's fractions, no gallery's start)
        std::string shifted = gallery_page(row, true);
        const std::size_t n = row.captions.size();
        for (std::size_t k = n; k >= 1; --k) {
            const std::string from = counter_line(k, n), to = counter_line(k + 1, n + 2);
            shifted.replace(shifted.find(from), from.size(), to);
        }
        const Article off = parse(shifted, "page.txt");
        REQUIRE(without.headline);
        REQUIRE(off.headline);
        // (head104: a gallery's label right over the title, "Fotostrecke", "Galerie", settles it without the
        // counters too, as over an article's title: gallery_label_over(); "Photos", a section's word as well, does
        // not.)
        if (std::string_view(row.label) == "Photos")
            CHECK(*without.headline != row.title);
        else
            CHECK(*without.headline == row.title);
        CHECK(*off.headline == *without.headline);
    }
}

TEST_CASE("a note naming the translator right under the headline is no lede", "[lede][head101]") {
    for (const NoteRow& row : note_rows) {
        INFO(row.name);
        const Article a = parse(row.page, "page.txt");
        CHECK_FALSE(a.lede == std::optional<std::string>(row.note));
        CHECK_FALSE(in_body(a, row.note));
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] == row.first_paragraph);
    }
    SECTION("near miss: a sentence carrying the words inside stays the text") {
        std::string page = note_rows[0].page;
        const std::string note = "Translated from the German by Mark Ellison.\n";
        const std::string sentence = "The letter, translated from the German by the harbour office, asks the fleet "
                                     "to keep clear of the cape for a week.";
        page.replace(page.find(note), note.size(), sentence + "\n");
        const Article a = parse(page, "page.txt");
        CHECK((a.lede == std::optional<std::string>(sentence) || in_body(a, sentence)));
    }
}
