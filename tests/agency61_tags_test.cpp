// Agency tags that were missed or misread (agency61): an agency's name of several words opening a date line, an
// agency alone under the date lines, a paper's signed stamp of authors, agency and day; and the lines that name no
// text's agency though they list one (a post's categories, a figure's label).
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "credit_rows.hpp"
#include "page.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

// A page whose head is `head` (lines), then two paragraphs of text.
Article head_page(const std::vector<std::string>& head, const char* first, const char* second) {
    std::string page;
    for (const std::string& line : head)
        page += line + "\n";
    page += std::string(first) + "\n" + second + "\n";
    return parse(page, "page.txt");
}

} // namespace

TEST_CASE("a post's category or tag line names no agency of its text", "[classify][agency][agency61]") {
    check_tags({
        {"Categorías: Europa, Portugal", {}}, // es
        {"Etiquetas: EFE, viajes", {}},
        {"Tags: AP, exams", {}}, // en
        {"Categories: Reuters", {}},
        {"Tagged: Xinhua, China", {}},
        {"Filed under: Press, Europe", {}},
        {"Archivado en: Europa, Portugal", {}},
        {"Kategorien: Reuters, Börse", {}}, // de
        {"Schlagwörter: dpa, Hafen", {}},
        {"Catégories : AFP, Monde", {}},  // fr
        {"Categorie: ANSA, Cronaca", {}}, // it
        // a text's source under its label stays one
        {"Fuente: EFE", {"efe"}},
        {"Quelle: dpa", {"dpa"}},
        {"Source: Reuters", {"reuters"}},
    });
    CHECK(agency_id("Press Trust of India").value_or("") == "pti");
}

TEST_CASE("a figure's label credits the figure, not the text", "[classify][agency][agency61]") {
    check_tags({
        {"Grafik: dpa", {}},     // de
        {"Gráfico: EFE", {}},    // es
        {"Graphique : AFP", {}}, // fr
        {"Grafico: ANSA", {}},   // it
        {"Figure: Reuters", {}}, // en
    });
}

TEST_CASE("a paper's stamp of its authors, the agency and the day tags the text", "[classify][agency][agency61]") {
    check_tags({
        {"(Anna Berger, APA, 5.12.2026)", {"apa"}}, // de (Austria)
        {"(Anna Berger, Jakob Huber, APA, 5.12.2026)", {"apa"}},
        {"(Lukas Maria Ebner, APA/dpa, 05.12.2026)", {"apa", "dpa"}},
        {"(Laura Gómez, EFE, 5/12/2026)", {"efe"}}, // es
        // no day, or no name before the agency: no stamp of this kind
        {"(Anna Berger, APA)", {}},
        {"(in der Früh, APA, 5.12.2026)", {}},
        {"(Anna Berger, 5.12.2026)", {}},
    });
    const char* last = "Die Grünen und die Liste Hafen kündigten am Freitag an, im Landtag noch vor dem Jahreswechsel "
                       "eigene Anträge zum Ausbau des Hafens einzubringen. (Anna Berger, APA, 5.12.2026)";
    const Article a = head_page({"Hafenausbau in Linz wird teurer als geplant",
                                 "Die Stadt rechnet mit Mehrkosten von zwölf Millionen Euro für die neuen Kaimauern."},
                                "Der Ausbau des Linzer Hafens kostet nach neuen Berechnungen um ein Drittel mehr als "
                                "im Vorjahr geplant, teilte die Stadt am Freitag mit.",
                                last);
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "(Anna Berger, APA, 5.12.2026)");
    CHECK(a.source_tag->agencies == std::vector<std::string>{"apa"});
    // (the paragraph keeps the tag glued to it, as it keeps "(APA)")
    REQUIRE_FALSE(a.sections.empty());
    CHECK(a.sections.back().paragraphs.back() == last);
}

TEST_CASE("an agency's name of several words opening a date line tags the text", "[classify][agency][agency61]") {
    struct Row {
        const char* date_line;
        const char* raw;
        std::vector<std::string> agencies;
    };
    for (const Row& r : {
             Row{"The Canadian Press \u00b7 Posted: Dec 05, 2026 9:32 AM EST", "The Canadian Press", {"cp"}}, // en
             Row{"Associated Press \u00b7 Posted: Dec 05, 2026 9:32 AM EST", "Associated Press", {"ap"}},
             Row{"Europa Press | 5 de diciembre de 2026, 10:15", "Europa Press", {"europa-press"}},      // es
             Row{"Deutsche Presse-Agentur | 05.12.2026, 14:32 Uhr", "Deutsche Presse-Agentur", {"dpa"}}, // de
             Row{"AFP | December 5, 2026, 14:32 IST", "AFP", {"afp"}},
         }) {
        INFO(r.date_line);
        const Article a = head_page({"Harbour ferry line to reopen after four months of repairs", r.date_line},
                                    "The ferry line between the two harbours will reopen on Monday after four months "
                                    "of repairs, the port said on Friday.",
                                    "The repairs cost more than the port had planned and took two months longer than "
                                    "the contract allowed.");
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == r.agencies);
        CHECK(a.published.has_value());
    }
}

TEST_CASE("an agency alone under the date lines tags the text", "[classify][agency][agency61]") {
    struct Row {
        std::vector<std::string> head;
        std::vector<std::string> agencies;
    };
    for (const Row& r : {
             Row{{"Harbour ferry line to reopen after four months of repairs",
                  "Updated - December 05, 2026 08:02 pm IST", "Published - December 05, 2026 06:45 pm IST", "PTI"},
                 {"pti"}}, // en
             Row{{"Harbour ferry line to reopen after four months of repairs", "December 5, 2026 — 6:45pm",
                  "Press Trust of India"},
                 {"pti"}},
             Row{{"Harbour ferry line to reopen after four months of repairs", "5 December 2026", "AAP"}, {"aap"}},
             Row{{"Fährlinie zwischen den Häfen fährt wieder", "05.12.2026, 14:32 Uhr", "dpa"}, {"dpa"}},         // de
             Row{{"La línea de ferri entre los puertos vuelve a funcionar", "05/12/2026 14:32", "EFE"}, {"efe"}}, // es
         }) {
        INFO(r.head.back());
        const Article a = head_page(r.head,
                                    "The ferry line between the two harbours will reopen on Monday after four months "
                                    "of repairs, the port said on Friday.",
                                    "The repairs cost more than the port had planned and took two months longer than "
                                    "the contract allowed.");
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.head.back());
        CHECK(a.source_tag->agencies == r.agencies);
    }
}
