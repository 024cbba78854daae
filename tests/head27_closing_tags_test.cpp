// The agency's tag closing a Swiss or French page past the boxes under the article (a related list, a newsletter
// prompt), and the tag closing a broadcaster's credit line after its semicolon. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* page;
    const char* raw;
    std::vector<std::string> ids;
};

// Each page's record is tagged by the line `raw`, naming the agencies `ids`.
void check_tags(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == r.ids);
    }
}

} // namespace

TEST_CASE("a tag in parentheses under the boxes closing the article tags the text", "[classify][tags][agency]") {
    const std::vector<Row> rows = {
        {"Le pont de la Broye restera fermé jusqu'en mars\n\n"
         "Les travaux d'assainissement du pont de la Broye dureront plus longtemps que prévu, a indiqué mardi le "
         "canton. La circulation est déviée par Moudon.\n\n"
         "Les frontaliers devront compter vingt minutes de plus chaque matin aux heures de pointe.\n\n"
         "Articles en relation\nLe canton accélère ses chantiers routiers\nLes déviations irritent les commerçants\n\n"
         "(ats)\n\nPartager sur Facebook\nEnvoyer par e-mail\n",
         "(ats)",
         {"ats"}},
        {"Neue Buslinie verbindet Thun mit dem Flughafen\n\n"
         "Ab Dezember fährt ein direkter Bus von Thun zum Flughafen, wie die Verkehrsbetriebe am Montag mitteilten. "
         "Die Fahrt dauert rund siebzig Minuten.\n\n"
         "Das Angebot gilt zunächst für zwei Jahre als Versuch.\n\n"
         "Das könnte dich auch interessieren:\nBahnhof Thun wird umgebaut\nSo teuer wird das Halbtax\n\n"
         "Abonniere unseren Newsletter\n\n(sda)\n",
         "(sda)",
         {"sda"}},
    };
    check_tags(rows);
    // A title in the related list naming an agency in its own parenthesis tags nothing.
    const Article b = parse("Le pont de la Broye restera fermé jusqu'en mars\n\n"
                            "Les travaux d'assainissement du pont de la Broye dureront plus longtemps que prévu, a "
                            "indiqué mardi le canton. La circulation est déviée par Moudon.\n\n"
                            "Les frontaliers devront compter vingt minutes de plus chaque matin aux heures de "
                            "pointe.\n\n"
                            "Articles en relation\nLe canton accélère ses chantiers routiers\nLes déviations irritent "
                            "les commerçants\nLes CFF dévoilent leur horaire (vidéo)\n\nPartager sur Facebook\n");
    CHECK_FALSE(b.source_tag);
}

TEST_CASE("the agency after the semicolon closing a broadcast's credit line tags the text",
          "[classify][tags][agency]") {
    const std::vector<Row> rows = {
        {"Grosser Rat will tiefere Prämien\n\n"
         "Das Kantonsparlament hat am Dienstag eine Motion für tiefere Krankenkassenprämien mit 80 zu 64 Stimmen "
         "überwiesen.\n\n"
         "Die Regierung hat nun zwei Jahre Zeit, eine Vorlage auszuarbeiten.\n\n"
         "Regionaljournal Zentralschweiz, 14.03.2024, 12:03 Uhr ; sda/mefu\n",
         "sda/mefu", // (the tag as printed: head44, the whole line is a credit kept with the boilerplate)
         {"sda"}},
        {"Le Grand Conseil veut baisser les primes\n\n"
         "Le parlement cantonal a accepté mardi une motion pour des primes d'assurance maladie plus basses, par 80 "
         "voix contre 64.\n\n"
         "Le gouvernement a désormais deux ans pour présenter un projet.\n\n"
         "Forum, 14.03.2024, 18:00 ; ats/jfe\n",
         "ats/jfe",
         {"ats"}},
    };
    check_tags(rows);
    // A semicolon before words, not a tag, tags nothing.
    const Article b = parse("Grosser Rat will tiefere Prämien\n\n"
                            "Das Kantonsparlament hat am Dienstag eine Motion für tiefere Krankenkassenprämien mit 80 "
                            "zu 64 Stimmen überwiesen.\n\n"
                            "Die Regierung hat nun zwei Jahre Zeit, eine Vorlage auszuarbeiten.\n\n"
                            "Regionaljournal Zentralschweiz, 14.03.2024 ; mit Material von gestern\n");
    CHECK_FALSE(b.source_tag);
}
