// A table copied as text inside the article (invented pages): "<paragraph> / Das Ergebnis / Partei | Stimmen | Sitze /
// Sozialliberale | 38,2 | 64 / ... / <paragraph> / mit Material von dpa". Rows whose cells are parted by bars (or by
// tabs, as a browser copies an HTML table), under a label inside the text and followed by more text, are the
// article's: the region goes on past them (figure_tables.cpp: table_row_line(), table_header_over()), and the label
// heads a section of the rows and the text under them (labels_table()), with bars as with tabs. A menu bar, a
// footer, a share bar, a ticker's strip at the top and a table with no text under it stay the page's.
#include <catch2/catch.hpp>

#include "figure_tables.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct TablePage {
    const char* lang;
    const char* head;   // site, menu bar, headline, byline
    const char* text;   // the paragraphs over the table
    const char* label;  // the table's label
    const char* header; // its header, cells parted by " | "
    const char* rows[4];
    const char* after;  // the paragraphs under it
    const char* credit; // the agencies' credit closing the text, or none
    const char* foot;   // share bar and footer
};

const TablePage table_pages[] = {
    {"de", "Nordkurier am Abend\nHome | Politik | Wirtschaft | Sport\nWahl in Vendland: Regierung verliert Mehrheit\nVon Jana Korbmacher\n",
     "Bei der Landtagswahl in Vendland hat die regierende Bürgerpartei ihre absolute Mehrheit verloren. Nach dem "
     "vorläufigen Ergebnis kommt sie auf 41,3 Prozent.\n„Wir haben verstanden, was die Wähler uns sagen wollen\", "
     "sagte Ministerpräsident Torben Ahlert am Wahlabend.\n",
     "Das Ergebnis", "Partei | Stimmen in Prozent | Sitze",
     {"Bürgerpartei | 41,3 | 52", "Landliste | 27,9 | 35", "Grüne Mitte | 16,2 | 20", "Andere | 14,6 | 8"},
     "Die Landliste konnte ihr Ergebnis deutlich verbessern. Ihre Spitzenkandidatin Ilka Sommerfeld sprach von "
     "einem guten Abend für das ganze Land.\nDie Wahlbeteiligung lag bei 68 Prozent.\n",
     "mit Material von dpa",
     "Teilen | Facebook | X | E-Mail\nImpressum | Datenschutz | Kontakt\n"},
    {"en", "Valley Sports Weekly\nHome | Football | Cricket | Rugby\nBrackwater go top after late comeback\nBy Tom Ellery\n",
     "Brackwater came from two goals down to beat Millford 3-2 on Saturday and moved to the top of the county league "
     "for the first time this season.\n\"We never stopped believing, even at two down,\" striker Owen Pell said "
     "after the final whistle.\n",
     "The table", "Pos | Team | Played | Goals | Points",
     {"1 | Brackwater | 14 | 32:12 | 32", "2 | Millford | 14 | 28:14 | 30", "3 | Ashby Rovers | 14 | 25:19 | 26",
      "4 | Kellet Town | 14 | 20:18 | 22"},
     "Millford manager Dean Fairlie admitted his side had thrown the game away in the last ten minutes.\nBrackwater "
     "host Kellet Town next Saturday, while Millford travel to Ashby Rovers.\n",
     nullptr,
     "Share | Facebook | X | Email\nTerms | Privacy | Contact us\n"},
    {"fr", "Le Courrier des Vallées\nAccueil | Région | Sports | Culture\nTrail des Crêtes : Lucie Vernet s'impose\nPar Marc Delorme\n",
     "Près de huit cents coureurs ont pris le départ dimanche matin à Saint-Aubin pour la douzième édition du trail "
     "des Crêtes.\n« Je me sentais bien, alors j'ai tenté ma chance dès la première montée », a confié la lauréate "
     "à l'arrivée.\n",
     "Le classement", "Rang | Nom | Club | Temps",
     {"1 | Lucie Vernet | AC Saint-Aubin | 2 h 41", "2 | Paul Garnier | TC Moirans | 2 h 44",
      "3 | Inès Roche | US Vallon | 2 h 47", "4 | Hugo Lenoir | AC Saint-Aubin | 2 h 49"},
     "Les organisateurs donnent rendez-vous aux coureurs en juin pour la version nocturne de l'épreuve.\nLa remise "
     "des prix a eu lieu à la salle des fêtes en présence du maire.\n",
     nullptr,
     "Partager | Facebook | X | E-mail\nMentions légales | Confidentialité | Contact\n"},
    {"it", "Gazzetta del Lago\nHome | Cronaca | Economia | Sport\nCarburanti, i prezzi tornano a salire\ndi Giulia Ferrandi\n",
     "Dopo tre settimane di calo, benzina e gasolio segnano nuovi aumenti ai distributori della provincia, secondo "
     "l'ultima rilevazione dell'osservatorio.\n«Ci aspettiamo un dicembre ancora instabile», ha spiegato il "
     "presidente dei gestori, Carlo Benvenuti.\n",
     "I prezzi medi", "Carburante | Self | Servito",
     {"Benzina | 1,829 | 1,969", "Gasolio | 1,745 | 1,885", "Gpl | 0,719 | 0,739", "Metano | 1,399 | 1,459"},
     "Le associazioni dei consumatori chiedono controlli più frequenti sui listini esposti dai distributori.\nIl "
     "prossimo aggiornamento dell'osservatorio è atteso per venerdì.\n",
     nullptr,
     "Condividi | Facebook | X | Email\nNote legali | Privacy | Contatti\n"},
    {"es", "El Diario del Norte\nPortada | Política | Economía | Deportes\nLos vecinalistas ganan en Valdeoro\nPor Andrés Lozano\n",
     "La Agrupación Vecinal de Valdeoro ha sido la fuerza más votada en las elecciones municipales de este domingo, "
     "con una participación del 64 por ciento.\n\"Los vecinos han pedido un cambio y vamos a escucharlos\", afirmó "
     "la candidata Marta Olivares.\n",
     "Los resultados", "Partido | Votos | Concejales",
     {"Agrupación Vecinal | 8.412 | 11", "Partido del Centro | 5.930 | 8", "Izquierda Local | 3.105 | 4",
      "Otros | 1.020 | 2"},
     "Las negociaciones para formar gobierno empezarán la próxima semana, según fuentes de la agrupación.\nEl pleno "
     "de constitución está previsto para el próximo mes.\n",
     nullptr,
     "Compartir | Facebook | X | Correo\nAviso legal | Privacidad | Contacto\n"},
};

// " | " in `line` replaced by `by`.
std::string parted(std::string line, const std::string& by) {
    for (std::size_t at = line.find(" | "); at != std::string::npos; at = line.find(" | ", at + by.size()))
        line.replace(at, 3, by);
    return line;
}

// The page of `t`, its table's cells parted by `by` (" | " or a tab), with its header or not, and its text under the
// table or not.
std::string table_page(const TablePage& t, const std::string& by, bool header = true, bool after = true) {
    std::string page = std::string(t.head) + t.text + t.label + "\n";
    if (header)
        page += parted(t.header, by) + "\n";
    for (const char* row : t.rows)
        page += parted(row, by) + "\n";
    if (after)
        page += std::string(t.after) + (t.credit ? std::string(t.credit) + "\n" : "");
    return page + t.foot;
}

// The section headed by `heading`, or none.
const Section* section_headed(const Article& a, const std::string& heading) {
    for (const auto& s : a.sections)
        if (s.heading && *s.heading == heading)
            return &s;
    return nullptr;
}

std::string first_line(const char* text) {
    const std::string s(text);
    return s.substr(0, s.find('\n'));
}

std::string last_line(const char* text) {
    std::string s(text);
    s.pop_back();
    return s.substr(s.rfind('\n') + 1);
}

} // namespace

TEST_CASE("a table with its cells parted by bars amid the text ends no region", "[region][region100]") {
    for (const TablePage& t : table_pages)
        for (const bool header : {true, false}) {
            const Article a = classify(segment(table_page(t, " | ", header)), t.lang);
            INFO(t.lang << (header ? " with its header" : " without its header"));
            const std::vector<std::string> paragraphs = test::paragraphs_of(a);
            CHECK(test::in_text(a, first_line(t.text)));
            CHECK(test::in_text(a, t.rows[0]));
            CHECK(test::in_text(a, t.rows[3]));
            CHECK(test::in_text(a, first_line(t.after)));
            CHECK(test::in_text(a, last_line(t.after)));
            if (header)
                CHECK(test::in_text(a, t.header));
            if (t.credit) {
                REQUIRE(a.source_tag);
                CHECK(a.source_tag->raw == t.credit);
            }
            // Each row is a paragraph of its own, as printed.
            CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(t.rows[1])) == 1);
            // The label heads the table and the text under it.
            const Section* table = section_headed(a, t.label);
            REQUIRE(table != nullptr);
            CHECK(table->paragraphs.front() == (header ? std::string(t.header) : std::string(t.rows[0])));
            // The menu bar, the share bar and the footer stay the page's.
            CHECK_FALSE(test::in_text(a, first_line(t.foot)));
            CHECK_FALSE(test::in_text(a, last_line(t.foot)));
            CHECK_FALSE(test::in_text(a, first_line(std::strchr(t.head, '\n') + 1)));
        }
}

TEST_CASE("a table's rows parted by tabs or by bars give the same sections", "[region][region100]") {
    for (const TablePage& t : table_pages) {
        const Article bars = classify(segment(table_page(t, " | ")), t.lang);
        const Article tabs = classify(segment(table_page(t, "\t")), t.lang);
        INFO(t.lang);
        REQUIRE(bars.sections.size() == tabs.sections.size());
        for (std::size_t s = 0; s < bars.sections.size(); ++s) {
            CHECK(bars.sections[s].heading == tabs.sections[s].heading);
            CHECK(bars.sections[s].paragraphs.size() == tabs.sections[s].paragraphs.size());
        }
        // (A tab is white space: the row's cells with a space between them.)
        CHECK(test::in_text(tabs, parted(t.rows[1], " ")));
        CHECK(section_headed(tabs, t.label) != nullptr);
    }
}

TEST_CASE("a table of bars with no text under it is not the article's", "[region][region100]") {
    // The same table with the footer right under it: no text goes on past it, and its rows stay out.
    for (const TablePage& t : table_pages) {
        const Article a = classify(segment(table_page(t, " | ", true, false)), t.lang);
        INFO(t.lang);
        CHECK(test::in_text(a, first_line(t.text)));
        CHECK_FALSE(test::in_text(a, t.rows[0]));
        CHECK_FALSE(test::in_text(a, t.rows[3]));
    }
}

TEST_CASE("a ticker's strip of bars at the page's top stays the page's", "[region][region100]") {
    const std::string strips[] = {"DAX | 18.234 | +0,5 %\nDow Jones | 39.112 | -0,2 %\nEuro | 1,0842 | +0,1 %\n",
                                  "CAC 40 | 7.412 | +0,4 %\nFTSE MIB | 33.905 | -0,1 %\nIbex 35 | 11.230 | +0,2 %\n"};
    for (const TablePage& t : table_pages)
        for (const std::string& strip : strips) {
            const Article a = classify(segment(strip + table_page(t, " | ")), t.lang);
            INFO(t.lang << ": " << strip);
            CHECK_FALSE(test::in_text(a, strip.substr(0, strip.find('\n'))));
            CHECK(test::in_text(a, t.rows[0]));
        }
}

TEST_CASE("a row of cells parted by bars holds a figure, no final stop", "[region][region100]") {
    struct Row {
        const char* line;
        bool row;
    };
    const Row rows[] = {
        {"Sozialliberale | 38,2 | 64", true},
        {"1 | Talbrunn | 14 | 10 | 2 | 2 | 32:12 | 32", true},
        {"Benzina | 1,829 | 1,969", true},
        {"3 | Inès Roche | US Vallon | 2 h 47", true},
        {"Agrupación Vecinal | 8.412 | 11", true},
        // A menu bar, a footer, a share bar: no figure.
        {"Home | Politik | Wirtschaft | Sport", false},
        {"Impressum | Datenschutz | Kontakt", false},
        {"Share | Facebook | X | Email", false},
        {"Partei | Stimmen in Prozent | Sitze", false},
        // A sentence closed by its stop.
        {"Die Wahlbeteiligung lag bei 71 Prozent | 2026 | Quelle Wahlamt.", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const std::vector<Block> blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(table_row_line(blocks.front()) == r.row);
    }
}
