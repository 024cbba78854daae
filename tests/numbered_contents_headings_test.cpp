// A dossier's numbered table of contents over its text ("Sommaire / 1. Des réseaux vieillissants / 2. ... / 3. ...")
// whose headings the text prints again with their numbers: the headings head their sections, and the contents (its
// label too) leaves the body (probe7 kind 8). The base kept the last entry as the body's first paragraph and the
// numbered headings as paragraphs. The label over a contents without numbers ("In this article") leaves with it.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

using test::headings_of;

bool in_paragraphs(const Article& a, const std::string& line) {
    return test::contains(test::paragraphs_of(a), line);
}

struct Row {
    const char* lang;
    const char* head;  // menu, kicker, headline, byline, date: one a line
    const char* label; // the contents' label
    const char* titles[3];
    const char* intro;
    const char* texts[3]; // each section's paragraph
};

// The page without blank lines: the contents, the intro, then each numbered heading over its paragraph.
std::string page_of(const Row& r, bool numbered) {
    std::string page = std::string(r.head) + "\n" + r.label + "\n";
    for (int i = 0; i < 3; ++i)
        page += (numbered ? std::to_string(i + 1) + ". " : std::string()) + r.titles[i] + "\n";
    page += std::string(r.intro) + "\n";
    for (int i = 0; i < 3; ++i)
        page += (numbered ? std::to_string(i + 1) + ". " : std::string()) + r.titles[i] + "\n" + r.texts[i] + "\n";
    return page + "Partager\nNewsletter\n";
}

const Row rows[] = {
    {"fr",
     "Accueil\nPolitique\nDossiers\nDossier\nEau potable : les petites communes face au mur des investissements\nPar "
     "Hélène Courtaud\nPublié le 2 décembre 2026 à 06h30",
     "Sommaire",
     {"Des réseaux vieillissants", "Le transfert aux intercommunalités", "Qui va payer ?"},
     "Un litre sur cinq se perd avant d'arriver au robinet. Dans les communes rurales, la facture des travaux "
     "devient insoutenable pour des budgets de quelques centaines de milliers d'euros.",
     {"Au village, le maire a fait ses comptes : remplacer les six kilomètres de conduites en fonte coûterait "
      "neuf années du budget communal, et on colmate les fuites une par une.",
      "La loi prévoit que la compétence passe aux communautés de communes d'ici 2028, un transfert vécu comme "
      "une perte de contrôle mais aussi comme la seule façon de mutualiser les coûts.",
      "Les agences de l'eau ont annoncé une enveloppe supplémentaire pour 2027, jugée très insuffisante par les "
      "élus, et la hausse se retrouvera le plus souvent sur la facture des abonnés."}},
    {"de",
     "Startseite\nRegion\nDossiers\nDossier\nTrinkwasser: Kleine Gemeinden vor der Sanierungswelle\nVon Anna "
     "Keller\n02.12.2026, 06.30 Uhr",
     "Inhalt",
     {"Alte Leitungen", "Zusammenschluss der Werke", "Wer bezahlt?"},
     "Jeder fünfte Liter versickert, bevor er den Hahn erreicht. In den Landgemeinden sind viele Leitungen über "
     "fünfzig Jahre alt, und die Sanierung übersteigt die Budgets bei weitem.",
     {"Im Dorf hat der Gemeindepräsident gerechnet: Sechs Kilometer Gussleitungen zu ersetzen, würde neun "
      "Jahresbudgets kosten, und so flickt man die Lecks eines nach dem anderen.",
      "Der Kanton verlangt, dass sich die Wasserversorgungen bis 2028 zusammenschliessen, was viele als "
      "Verlust der Kontrolle empfinden, aber auch als einzige Möglichkeit, die Kosten zu teilen.",
      "Der Kanton hat zusätzliche Beiträge für 2027 angekündigt, die Gemeinden halten sie für ungenügend, und "
      "am Ende zahlen meist die Haushalte über einen höheren Wasserpreis."}},
};

} // namespace

TEST_CASE("a text's numbered headings listed by its numbered contents head its sections",
          "[contents][headings][probe7]") {
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(page_of(r, true));
        const std::vector<std::string> want = {std::string("1. ") + r.titles[0], std::string("2. ") + r.titles[1],
                                               std::string("3. ") + r.titles[2]};
        CHECK(headings_of(a) == want);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().paragraphs.front() == r.intro);
        CHECK_FALSE(in_paragraphs(a, r.label));
    }
}

TEST_CASE("the label over a contents without numbers leaves the body with it", "[contents][headings][probe7]") {
    const std::string page =
        "Skip to main content\nNews\nLong Reads\nLong Read\nThe last bog cutters: what happens to the village when "
        "the turf runs out\nFor four generations, families here cut turf by hand every summer. Now the bog is "
        "closing.\nBy Orla Kinsella\nDecember 3, 2026\nIn this article\nThe last summer\nA village divided\nWhat comes "
        "after\nThe last summer\nPádraig Moran is 71 and has cut turf on the same bank since he was nine. Every "
        "year he walks out with his spade and lays the sods to dry in the wind.\nA village divided\nThe board that "
        "owns most of the bog announced in March that it would end cutting licences from next year.\nWhat comes "
        "after\nRewetting will take at least ten years, according to the board's own estimate, and the bog will "
        "look worse before it looks better.\nMore from Long Reads\n";
    const Article a = parse(page);
    CHECK(headings_of(a) == std::vector<std::string>{"The last summer", "A village divided", "What comes after"});
    CHECK_FALSE(in_paragraphs(a, "In this article"));
}

TEST_CASE("quantities printed twice are no numbered contents", "[contents][headings][probe7]") {
    // A recipe's list of ingredients in its text, two of its lines quoted again in a comment under it and a third
    // further down: the list is no numbered contents of headings printed below, and stays in the body.
    const std::string page =
        "Startseite\nRezepte\nMuffins: das Grundrezept\nVon Lena Brandt\n12.03.2026\nDiese Muffins gelingen "
        "immer und lassen sich mit Beeren, Schokolade oder Nüssen nach Belieben abwandeln, ganz wie es die Saison "
        "erlaubt.\nZutaten\n300 Gramm Mehl\n200 Gramm Butter\n120 Gramm Zucker\n3 Eier\nZubereitung\nDie Butter "
        "mit dem Zucker schaumig rühren, dann die Eier und das Mehl unterheben und den Teig in die Förmchen "
        "füllen.\nDen Ofen auf 180 Grad vorheizen und die Muffins zwanzig Minuten backen, bis sie goldbraun sind.\n"
        "Kommentare\nMia schrieb am 14.03.2026:\n300 Gramm Mehl\n200 Gramm Butter\nDas ist viel zu viel Butter, "
        "meine Muffins waren ganz fettig.\nTom schrieb am 15.03.2026:\n3 Eier\nBei mir hat es mit zwei Eiern "
        "auch gut geklappt.\n120 Gramm Zucker\nIch nehme nur hundert Gramm.\n";
    const Article a = parse(page);
    for (const std::string& h : headings_of(a)) {
        INFO(h);
        CHECK(h.find("Gramm") == std::string::npos);
    }
    CHECK(in_paragraphs(a, "200 Gramm Butter"));
    CHECK(in_paragraphs(a, "3 Eier"));
}

TEST_CASE("a numbered contents right over the text's first numbered heading ends where its numbering starts again",
          "[contents][headings][probe66]") {
    // "Inhalt / 1. … / 2. … / 3. … / 1. … / <text>": the intro stands above the contents, so the first heading follows
    // its last entry with no line between; the numbering going back to 1 closes the contents (probe66 R1).
    const Row en = {"en",
                    "Home\nTravel\nCity breaks\nThree days in a harbour town out of season\nBy Ruth Callan\n"
                    "December 1, 2026",
                    "Contents",
                    {"Ferries and fish stalls", "The old lighthouse", "Where we stayed"},
                    "We went in the rain and the wind, and found the town quieter, cheaper and far friendlier than "
                    "in the crowded weeks of summer.",
                    {"The first ferry leaves at seven, and the stalls on the pier sell smoked fish to the crews "
                     "before the tourists are even awake.",
                     "A steep path climbs to the lighthouse, closed to visitors since the keeper left, but the view "
                     "from its wall is worth the walk in any weather.",
                     "We rented two rooms above a bakery, which meant warm bread at six and a landlady who knew "
                     "every boat in the harbour by name."}};
    for (const Row* r : {&rows[0], &rows[1], &en}) {
        INFO(r->lang);
        std::string page = std::string(r->head) + "\n" + r->intro + "\n" + r->label + "\n";
        for (int i = 0; i < 3; ++i)
            page += std::to_string(i + 1) + ". " + r->titles[i] + "\n";
        for (int i = 0; i < 3; ++i)
            page += std::to_string(i + 1) + ". " + r->titles[i] + "\n" + r->texts[i] + "\n";
        page += "Share\nNewsletter\n";
        const Article a = parse(page);
        const std::vector<std::string> want = {std::string("1. ") + r->titles[0], std::string("2. ") + r->titles[1],
                                               std::string("3. ") + r->titles[2]};
        CHECK(headings_of(a) == want);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().paragraphs.front() == r->intro);
        CHECK(in_paragraphs(a, r->texts[0]));
        CHECK_FALSE(in_paragraphs(a, std::string("2. ") + r->titles[1]));
    }
}
