// boiler22: a line opening with a phrase of a word list, bylines of a desk, boxes between the paragraphs of pages in
// other languages than French. Invented lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "closing_arrows.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a line opens with a phrase of a word list only as whole words", "[boiler22][lexicon]") {
    const LexiconSection& signoffs = any_language_section("interview_signoffs");
    const LexiconSection& appeals = any_language_section("appeal_titles");
    struct Row {
        const LexiconSection& section;
        const char* lower;
        std::size_t bytes; // of the entry opening the line, 0 for none
    };
    const Row rows[] = {
        {signoffs, "interview by tom hale", std::string_view("interview by").size()},
        {signoffs, "propos recueillis par jeanne morel", std::string_view("propos recueillis par").size()},
        {signoffs, "das gespräch führte anna muster.", std::string_view("das gespräch führte").size()},
        // (the longest phrase: "rozmawiała" and "rozmawiał" are both entries, the shorter ends inside a word)
        {signoffs, "rozmawiała magdalena kruczek", std::string_view("rozmawiała").size()},
        {signoffs, "intervista a cura di marco rossi", std::string_view("intervista a cura di").size()},
        {appeals, "support the harbour ledger", std::string_view("support").size()},
        {appeals, "support: the harbour ledger", std::string_view("support").size()},
        {appeals, "soutenez", std::string_view("soutenez").size()},
        // A phrase going on into a word's letters or digits opens nothing; nor does one inside the line.
        {appeals, "supporters gathered on the quay", 0},
        {appeals, "support2026 campaign", 0},
        {appeals, "steunpunt voor ouderen", 0},
        {signoffs, "an interview by tom hale", 0},
        {appeals, "", 0},
    };
    for (const Row& r : rows) {
        INFO(r.lower);
        CHECK(opens_with_entry(r.section, r.lower) == r.bytes);
    }
}

TEST_CASE("a button's words without the arrows and marks closing them", "[boiler22][lines]") {
    const std::pair<const char*, const char*> rows[] = {
        {"more in sport ›", "more in sport"},     {"mehr aus kultur »", "mehr aus kultur"},
        {"bild ansehen >", "bild ansehen"},       {"donate now! →", "donate now"},
        {"jetzt spenden!!", "jetzt spenden"},     {"  faire un don  ", "faire un don"},
        {"voir la photo", "voir la photo"},       {"» more in sport", "» more in sport"},
        {"a > b", "a > b"},                       {"›", ""},
    };
    for (const auto& [line, words] : rows) {
        INFO(line);
        CHECK(without_closing_arrow(line) == words);
    }
}

namespace {

// The authors of a page parsed whole.
std::vector<std::string> authors_of(const std::string& page) {
    return parse(page, "page.txt").authors;
}

} // namespace

TEST_CASE("a desk's byline after an outlet's name names the outlet's desk as printed", "[boiler22][byline]") {
    const std::pair<const char*, std::vector<std::string>> rows[] = {
        {"By Harbour Post Staff", {"Harbour Post Staff"}},
        {"By Valley News Staff", {"Valley News Staff"}},
        {"By the Harbour Post Staff", {"Harbour Post Staff"}},
        {"By Coast Radio Newsroom", {"Coast Radio Newsroom"}},
        {"Von Nordsee Kurier Redaktion", {"Nordsee Kurier Redaktion"}},
        // (a call sign, as before; a person's name before the staff word is no outlet's)
        {"By WKVR News Staff", {"WKVR News Staff"}},
    };
    for (const auto& [line, names] : rows) {
        INFO(line);
        const auto read = byline_authors(line, "en");
        REQUIRE(read.has_value());
        CHECK(*read == names);
    }
    // A person's name before the staff word, and a name of no outlet's word, stay a person's.
    for (const char* line : {"By Jane Roe Staff", "By Harbour Roe Staff"}) {
        INFO(line);
        const auto read = byline_authors(line, "en");
        REQUIRE(read.has_value());
        CHECK(read->size() == 1);
        CHECK(read->front().find("Staff") == std::string::npos);
    }
}

TEST_CASE("a desk alone on its line beside the date line signs the text", "[boiler22][byline]") {
    struct Row {
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {R"(Início
Cidade

Nova linha de autocarro liga as aldeias do vale

Redação Costeira
4 de dezembro de 2026

A partir de janeiro, o autocarro passa de hora a hora entre as aldeias do vale e a sede do concelho, anunciou a câmara.

A câmara paga a linha durante os dois primeiros anos e depois vai avaliar quantos passageiros a usam.
)",
         {"Redação Costeira"}},
        {R"(Home
Cronaca

Nuova linea di autobus per i paesi della valle

4 dicembre 2026
Redazione Cronaca

Da gennaio l'autobus passerà ogni ora tra i paesi della valle e il capoluogo, ha annunciato la provincia.

La provincia pagherà la linea per i primi due anni e poi valuterà quanti passeggeri la usano.
)",
         {"Redazione Cronaca"}},
        {R"(Accueil
Région

Une nouvelle ligne de bus relie les villages de la vallée

Rédaction Web
Publié le 4 décembre 2026

Dès janvier, le bus passera toutes les heures entre les villages de la vallée et le chef-lieu, a annoncé le département.

Le département paiera la ligne les deux premières années, puis comptera les voyageurs qui la prennent.
)",
         {"Rédaction Web"}},
        {R"(Startseite
Lokales

Neue Buslinie verbindet die Dörfer im Tal

Ab Januar fährt der Bus stündlich zwischen den Dörfern und der Kreisstadt.

Redaktion Lokales
04.12.2026

Ab Januar fährt der Bus jede Stunde zwischen den Dörfern im Tal und der Kreisstadt, teilte der Landkreis mit.

Der Landkreis zahlt die Linie in den ersten zwei Jahren und prüft danach, wie viele Fahrgäste sie nutzen.
)",
         {"Redaktion Lokales"}},
        // An entry of a menu glued to the other entries is no byline, though the date stands under the menu.
        {R"(Startseite
Lokales
Redaktion Lokales
04.12.2026

Neue Buslinie verbindet die Dörfer im Tal

Ab Januar fährt der Bus jede Stunde zwischen den Dörfern im Tal und der Kreisstadt, teilte der Landkreis mit.

Der Landkreis zahlt die Linie in den ersten zwei Jahren und prüft danach, wie viele Fahrgäste sie nutzen.
)",
         {}},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        CHECK(authors_of(r.page) == r.authors);
    }
}
