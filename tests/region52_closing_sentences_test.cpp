// The short sentences of a short article's text that jusText's stopword count turns down, names and figures for most
// of their words: one between two paragraphs ("The crane overturned near berth 19 at around 5am, scattering logs
// across three slipways.") weighs as a short line in the region's weights (src/region.cpp
// text_between_paragraphs()), and one reporting what someone said closes the text ("Harbour master Ian Voss said berth
// 4 reopened at 2.15pm.": src/region_joins.cpp reported_sentence(), asked by take_closing_sentences() and the section
// loop). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "region_parts.hpp"

#include <initializer_list>
#include <iterator>
#include <string>

using namespace archive;

TEST_CASE("a short sentence reporting what someone said is a sentence of the text", "[region][region52]") {
    const struct {
        const char* lang;
        const char* line;
        bool reported;
    } rows[] = {
        {"en", "Harbour master Ian Voss said berth 4 reopened at 2.15pm.", true},
        {"en", "National Ferries said two berths reopened at 11:20am.", true},
        {"en", "Kelby Coastguard told reporters the quay was safe.", true},
        {"de", "Hafenmeister Jens Voss sagte, Liegeplatz 4 sei ab 14.15 Uhr frei.", true},
        {"fr", "Le capitaine Paul Lenoir a déclaré le poste 4 rouvert à 14h15.", true},
        // No verb of saying, a verb first, a label's colon, a call to the reader, no stop.
        {"en", "Two berths reopened at 11.20am.", false},
        {"en", "Said to be the oldest crane on the coast.", false},
        {"en", "Update: the harbour master said berth 4 reopened.", false},
        {"en", "Tell us what you said to the harbour master.", false},
        {"en", "Harbour master Ian Voss said berth 4 reopened", false},
        {"de", "Kommentar: Der Hafenmeister sagte zu wenig.", false},
        {"fr", "Deux postes ont rouvert à 14h15.", false},
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.line);
        const auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(reported_sentence(blocks.front(), r.lang) == r.reported);
    }
}

namespace {

// A short report's head and first paragraph in each language; the rows add the lines under it.
struct Report {
    const char* lang;
    const char* head;
    const char* coastguard; // the third paragraph, a sentence reporting what the coastguard said
    const char* footer;
};

const Report reports[] = {
    {"en",
     "Harbour Weekly\nLocal\nCrane topples onto the east quay\nBy Jane Roe\nMarch 3, 2026\nA harbour crane toppled onto "
     "the east quay on Monday morning, spilling forty tonnes of timber across the ferry berths.\n",
     "Kelby Coastguard said the driver was treated for minor cuts by the crew on the quay.", "Share"},
    {"de",
     "Hafenblatt\nLokales\nKran stürzt auf den Ostkai\nVon Anna Muster\n3. März 2026\nEin Hafenkran ist am Montagmorgen "
     "auf den Ostkai gestürzt und hat vierzig Tonnen Holz über die Fährplätze verteilt.\n",
     "Die Küstenwache sagte, der Fahrer sei von der Crew auf dem Kai wegen leichter Schnitte behandelt worden.",
     "Teilen"},
    {"fr",
     "Journal du Port\nLocal\nUne grue s'effondre sur le quai est\nPar Jeanne Morel\n3 mars 2026\nUne grue du port s'est "
     "effondrée lundi matin sur le quai est, répandant quarante tonnes de bois sur les postes des ferries.\n",
     "Les garde-côtes ont indiqué que le conducteur avait été soigné pour des coupures légères par l'équipage.",
     "Partager"},
};

// The report in `r`'s language: its head, `lines` (each closed by a line break), then its footer.
std::string report_page(const Report& r, std::initializer_list<const char*> lines) {
    std::string page = r.head;
    for (const char* line : lines)
        page += std::string(line) + "\n";
    return page + r.footer + "\n";
}

} // namespace

TEST_CASE("a short article keeps its closing sentence reporting what someone said", "[region][region52]") {
    // (en and de fail on the base: the closing sentence went to the boilerplate; fr is a guard.)
    const char* const figures[] = {
        "The 60-tonne Liebherr crane collapsed near berth 4 at 6am, scattering 300 logs over two slipways.",
        ("Der 60-Tonnen-Kran des Typs Liebherr LHM 550 brach gegen 6 Uhr bei Liegeplatz 4 zusammen, 300 Stämme rollten "
         "über zwei Slipanlagen."),
        "La grue Liebherr LHM 550 de 60 tonnes a cédé vers 6h au poste 4, dispersant 300 grumes sur deux cales.",
    };
    const char* const closing[] = {
        "Harbour master Ian Voss said berth 4 reopened at 2.15pm.",
        "Hafenmeister Jens Voss sagte, Liegeplatz 4 sei ab 14.15 Uhr frei.",
        "Le capitaine Paul Lenoir a indiqué 14h15 pour la réouverture du poste 4.",
    };
    for (std::size_t k = 0; k < std::size(reports); ++k) {
        const Report& r = reports[k];
        INFO(r.lang);
        const Article a = classify(segment(report_page(r, {figures[k], r.coastguard, closing[k]})), r.lang);
        CHECK(test::has_paragraph_starting(a, closing[k]));
        // (All four paragraphs: the sentence of figures over the one before last too.)
        CHECK(test::paragraphs_of(a).size() == 4);
    }
}

TEST_CASE("a sentence of figures between two paragraphs keeps the paragraph under it in the region",
          "[region][region52]") {
    // (en fails on the base: only the first paragraph was kept; de, rated text by its stopwords, is a guard.)
    const char* const figures[] = {
        "The crane overturned near berth 19 at around 5am, scattering logs across three slipways.",
        "Kran 19 kippte gegen 5 Uhr bei Liegeplatz 4, 300 Stämme rollten quer über drei Slipanlagen.",
    };
    for (std::size_t k = 0; k < std::size(figures); ++k) {
        const Report& r = reports[k];
        INFO(r.lang);
        const Article a = classify(segment(report_page(r, {figures[k], r.coastguard})), r.lang);
        CHECK(test::has_paragraph_starting(a, r.coastguard));
        CHECK(test::paragraphs_of(a).size() == 3);
    }
}

TEST_CASE("a line of figures or a teaser's title under a short article's text stays out of it", "[region][region52]") {
    // Under the paragraphs: a line of figures with no verb of saying and a teaser's title with no stop.
    const std::string page = test::article_with_tail("en", "Corn 4.12 Wheat 5.30 Soy 10.02.\nMayor said to quit over ferry fees\n");
    const Article a = classify(segment(page), "en");
    CHECK(test::has_paragraph_starting(a, "The council will vote"));
    CHECK_FALSE(test::has_paragraph_starting(a, "Corn 4.12"));
    CHECK_FALSE(test::has_paragraph_starting(a, "Mayor said to quit"));
}
