// Agency tags printed alone on the line under a text without parentheses: the desk's initials joined to the agencies
// by slashes ("red/dpa", "aja/PAP", "ATS/sulma"), an agency's name of several words after its article ("The Canadian
// Press", "— The Associated Press", "La Presse Canadienne"), agencies joined by a word ("Reuters and AFP") and the
// agencies whose tag is printed in small letters ("dpa"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "rows.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::check_found_or_none;

TEST_CASE("an agency's tag alone on its line, without parentheses", "[classify][tags][agency]") {
    struct Row {
        const char* line;
        std::vector<std::string> ids; // empty: no tag
    };
    const std::vector<Row> rows = {
        {"red/dpa", {"dpa"}},                    // de: the desk's initials before the agency
        {"AFP/dpa/jw", {"afp", "dpa"}},          // de: two agencies and an editor
        {"aja/PAP", {"pap"}},                    // pl
        {"ATS/sulma", {"ats"}},                  // it-CH: the agency and the journalist's code
        {"dpa", {"dpa"}},                        // de: the agency printed in small letters
        {"sda", {"sda"}},                        // de-CH
        {"The Canadian Press", {"cp"}},          // en-CA
        {"— The Associated Press", {"ap"}},      // en-US, after its dash
        {"-- Associated Press", {"ap"}},         // two hyphens for the dash
        {"La Presse Canadienne", {"cp"}},        // fr-CA
        {"(La Presse Canadienne)", {"cp"}},      // and in parentheses
        {"Reuters and AFP", {"reuters", "afp"}}, // en: both agencies, not the last one only
        {"dpa und AFP", {"dpa", "afp"}},         // de
        {"Le Monde avec AFP", {"afp"}},          // fr: the paper's name with the agency, read before
        {"— With files from Reuters", {"reuters"}},        // en-CA: the credit after its dash
        {"– Mit Material von dpa", {"dpa"}},               // de
        {"— Con información de EFE y AFP", {"efe", "afp"}}, // es
        // Not tags: a picture's credit of two agencies' names, a menu's pair of words, initials alone, a word that
        // is an agency's id only in capitals, an agency's name inside a sentence.
        {"Reuters/Corbis", {}},
        {"Foto/Video", {}},
        {"red/jw", {}},
        {"ap", {}},
        {"ria", {}},
        {"dpa/Hersteller", {}},
        {"The Associated Press reported the figures on Monday", {}},
        {"Le maire et la Presse", {}},
    };
    for (const Row& r : rows)
        check_found_or_none(r.line, agency_tag(r.line), r.ids);
}

TEST_CASE("a bare agency tag under the text is the record's source tag", "[classify][tags][agency]") {
    struct Row {
        const char* page;
        const char* raw;
        std::vector<std::string> ids;
    };
    const std::vector<Row> rows = {
        {"Stadtrat bewilligt neue Tramlinie\n\n"
         "Der Stadtrat von Talheim hat am Dienstag den Bau einer neuen Tramlinie zum Bahnhof bewilligt. Die Linie soll "
         "2029 in Betrieb gehen und kostet rund 80 Millionen Euro.\n\n"
         "Die Opposition kritisierte die Kosten, die Mehrheit verwies auf die wachsende Zahl der Pendler.\n\n"
         "red/dpa\n\nImpressum\nDatenschutz\n",
         "red/dpa",
         {"dpa"}},
        {"Ferry service to resume on the northern route\n\n"
         "The provincial ferry operator said Tuesday it will resume service on the northern route next month after "
         "repairs to the dock at Kestrel Harbour were completed ahead of schedule.\n\n"
         "The route carried about 90,000 passengers last year, according to the operator's annual report.\n\n"
         "The Canadian Press\n\nAbout us\nContact\n",
         "The Canadian Press",
         {"cp"}},
        {"Le traversier reprendra la route du nord\n\n"
         "L'exploitant des traversiers a annoncé mardi que le service reprendra le mois prochain sur la route du nord, "
         "une fois terminées les réparations du quai de Pointe-aux-Hérons.\n\n"
         "La liaison a transporté environ 90 000 passagers l'an dernier, selon le rapport annuel.\n\n"
         "La Presse Canadienne\n\nÀ propos\nNous joindre\n",
         "La Presse Canadienne",
         {"cp"}},
        {"Sejmik przyjął budżet na nowy most\n\n"
         "Radni województwa przyjęli we wtorek budżet na budowę nowego mostu na rzece, który ma zostać oddany do "
         "użytku w 2029 roku.\n\n"
         "Opozycja krytykowała koszty inwestycji, większość wskazywała na rosnący ruch.\n\n"
         "aja/PAP\n\nRegulamin\nKontakt\n",
         "aja/PAP",
         {"pap"}},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == r.ids);
        CHECK(a.boilerplate.end() == std::find(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.raw)));
    }
}

TEST_CASE("La Presse Canadienne's initials are its tag in a dateline only", "[classify][tags][agency][dateline]") {
    const Article a = parse("Québec prolonge le programme d'aide au chauffage\n\n"
                            "QUÉBEC (PC) — Le gouvernement prolongera d'un an le programme d'aide au chauffage des "
                            "ménages à faible revenu, a annoncé mardi la ministre de l'Énergie.\n\n"
                            "Le programme a aidé près de 40 000 ménages l'hiver dernier, selon le ministère.\n");
    CHECK(a.dateline == "QUÉBEC");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "QUÉBEC (PC) —");
    CHECK(a.source_tag->agencies == std::vector<std::string>{"cp"});
    // The same initials closing the text's last sentence are a party's.
    const Article b = parse("Le budget adopté de justesse à l'Assemblée\n\n"
                            "Le budget a été adopté mardi par 63 voix contre 58, après trois jours de débats houleux "
                            "entre la majorité et l'opposition.\n\n"
                            "Le vote a été salué par la cheffe du Parti conservateur (PC).\n");
    CHECK_FALSE(b.source_tag);
    CHECK_FALSE(agency_tag("(PC)"));
}
