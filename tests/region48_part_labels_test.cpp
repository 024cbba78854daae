// A long read's parts labelled "Chapitre 2", "Kapitel 3", "Part Two" over the part's title: one convention for all of
// them, the title heads its part and the label heads no section of its own nor stays in the text (sections_headings.cpp
// part_label(), label_over_part_title()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "sections_parts.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

struct LongRead {
    const char* lang;
    std::string page;
    std::vector<std::string> labels, titles;
};

std::string long_read(const std::string& head, const std::vector<std::string>& labels,
                      const std::vector<std::string>& titles, const std::vector<std::string>& text) {
    std::string page = head;
    for (std::size_t k = 0; k < labels.size(); ++k)
        page += labels[k] + "\n" + titles[k] + "\n" + text[2 * k] + "\n" + text[2 * k + 1] + "\n";
    return page + "Partager\nFacebook\nContact\n";
}

std::vector<LongRead> long_reads() {
    return {
        {"fr",
         long_read("Le Courrier des Cimes\nActualités\nMontagne\nGrand format\nLe dernier passeur du col du Lautaret\n"
                   "Pendant un hiver, nous avons suivi un guide qui fait passer le col à pied aux randonneurs. Récit.\n"
                   "Par Julie Marchand\nPublié le 3 février 2025 à 07h00\n",
                   {"Chapitre 1", "Chapitre 2", "Chapitre 3"}, {"Le départ", "La tempête", "Le retour"},
                   {"Le départ a lieu à six heures, depuis le refuge de l'Alpe. Marc Vial, 61 ans, vérifie les cordes.",
                    "Les randonneurs sont sept ce matin-là. Aucun n'a jamais passé le col en hiver, et tous le savent.",
                    "Vers midi, le vent se lève d'un coup. Le guide fait arrêter le groupe derrière un gros rocher.",
                    "La tempête dure quatre heures. Personne ne parle, on attend que le ciel se dégage un peu.",
                    "La descente se fait à la lampe frontale, lentement, jusqu'au hameau où la voiture attend.",
                    "Le lendemain, Marc Vial est déjà reparti, avec un autre groupe et les mêmes cordes."}),
         {"Chapitre 1", "Chapitre 2", "Chapitre 3"},
         {"Le départ", "La tempête", "Le retour"}},
        {"de",
         long_read("Alpenbote\nNachrichten\nReportage\nDer letzte Fährmann vom Bodensee\n"
                   "Ein Jahr lang haben wir einen Fährmann begleitet, der noch mit dem Ruderboot übersetzt.\n"
                   "Von Lena Hofer\n3. Februar 2025, 07:00 Uhr\n",
                   {"Kapitel 1", "Kapitel 2", "Kapitel 3"}, {"Der Morgen", "Der Sturm", "Die Heimkehr"},
                   {"Die erste Fahrt beginnt um sechs Uhr. Karl Mayr, 64 Jahre alt, prüft die Ruder ein letztes Mal.",
                    "Die Fahrgäste sind an diesem Morgen zu siebt. Keiner von ihnen ist je im Winter übergesetzt.",
                    "Gegen Mittag kommt der Wind auf. Der Fährmann lenkt das Boot hinter die kleine Insel am Ufer.",
                    "Der Sturm dauert vier Stunden. Niemand spricht, alle warten darauf, dass der Himmel aufklart.",
                    "Die Rückfahrt findet im Dunkeln statt, langsam, bis zum Steg, an dem das Auto schon wartet.",
                    "Am nächsten Tag ist Karl Mayr schon wieder auf dem Wasser, mit anderen Gästen im Boot."}),
         {"Kapitel 1", "Kapitel 2", "Kapitel 3"},
         {"Der Morgen", "Der Sturm", "Die Heimkehr"}},
        {"en",
         long_read("The Northern Review\nNews\nLong reads\nThe last ferryman of Loch Arran\n"
                   "For a year we followed a ferryman who still rows his passengers across the loch.\n"
                   "By Ewan Blair\nFebruary 3, 2025\n",
                   {"Part One", "Part Two", "Part Three"}, {"The crossing", "The storm", "The way home"},
                   {"The first crossing starts at six. Callum Reid, 64, checks the oars one last time by torchlight.",
                    "There are seven passengers this morning. None of them has ever crossed the loch in winter.",
                    "Around noon the wind rises. The ferryman steers the boat behind the small island by the shore.",
                    "The storm lasts four hours. Nobody speaks, and everyone waits for the sky to clear a little.",
                    "The way back is made in the dark, slowly, to the jetty where the car has been waiting all day.",
                    "The next day Callum Reid is out on the water again, with other passengers in his boat."}),
         {"Part One", "Part Two", "Part Three"},
         {"The crossing", "The storm", "The way home"}},
    };
}

} // namespace

TEST_CASE("a part's label over its title: the title heads the part, the label no section", "[region][region48]") {
    for (const LongRead& r : long_reads()) {
        INFO(r.lang);
        const Article a = parse(r.page);
        const std::vector<std::string> headings = test::headings_of(a);
        const std::vector<std::string> paragraphs = test::paragraphs_of(a);
        // (The first part's title may open the body or stay over the region with the byline: the region's head
        // decides, no rule of these.)
        for (std::size_t k = 1; k < r.titles.size(); ++k)
            CHECK(test::contains(headings, r.titles[k]));
        for (const std::string& label : r.labels) {
            CHECK_FALSE(test::contains(headings, label));
            CHECK_FALSE(test::contains(paragraphs, label));
        }
        for (const Section& s : a.sections)
            CHECK_FALSE(s.paragraphs.empty()); // (no empty section of a label over its title's)
    }
}

TEST_CASE("a part's label: a part word and its number, in figures, a roman numeral or a word", "[region][region48]") {
    for (const char* line : {"Chapitre 2", "Chapitre 1 :", "Kapitel 3", "Part Two", "Chapter IV", "Capítulo 2",
                             "Capitolo tre", "Teil 2:"}) {
        INFO(line);
        CHECK(part_label(test::block_of(line)));
    }
    // (A part word with no number, a number too long to be a part's, a part word in a phrase, a list's number alone.)
    for (const char* line : {"Chapitre final", "Kapitel 2025", "Part of the plan", "Partie de pêche", "Chapter", "2."}) {
        INFO(line);
        CHECK_FALSE(part_label(test::block_of(line)));
    }
}

TEST_CASE("a part's label right over text, with no title of its own, is not taken away", "[region][region48]") {
    // (The label is no title's label there: the rule leaves it as the page's other rules read it.)
    for (const LongRead& r : long_reads()) {
        INFO(r.lang);
        std::string page = r.page;
        for (const std::string& title : r.titles)
            page = test::replaced(page, "\n" + title + "\n", "\n");
        const Article a = parse(page);
        const std::vector<std::string> headings = test::headings_of(a);
        const std::vector<std::string> paragraphs = test::paragraphs_of(a);
        // (Labels 2 and 3 stand between paragraphs over text: the body keeps them, as a heading or as text.)
        for (std::size_t k = 1; k < r.labels.size(); ++k)
            CHECK((test::contains(headings, r.labels[k]) || test::contains(paragraphs, r.labels[k])));
    }
}
