// "Nach Angriff auf Umspannwerk: / Bundesanwaltschaft übernimmt Ermittlungen", "Rente mit 70? / Arbeitsministerin
// will länger arbeiten lassen": a short lead-in closed by a colon, or a short question naming a topic, glued right
// over the headline is its kicker (lead_in_label()); a question opened by an interrogative word ("Was gibt's hier?",
// a menu's link) is none. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

std::string page(const char* menu, const char* label, const char* headline, const char* byline, const char* body) {
    return std::string(menu) + label + "\n" + headline + "\n" + byline + "\n" + body;
}

const char* const body_de =
    "Die Behörde hat am Dienstag die Ermittlungen übernommen, weil sie einen gezielten Anschlag auf die Versorgung "
    "nicht ausschließt.\nDer Betreiber sprach von einem schweren Schaden an zwei Transformatoren, die Reparatur "
    "werde Wochen dauern.\n";
const char* const body_fr =
    "Le parquet a repris mardi l'enquête, car il n'exclut pas une attaque ciblée contre l'approvisionnement en "
    "électricité.\nL'exploitant a parlé de graves dégâts sur deux transformateurs, dont la réparation prendra des "
    "semaines.\n";
const char* const body_en =
    "Prosecutors took over the inquiry on Tuesday because they do not rule out a targeted attack on the power "
    "supply.\nThe operator spoke of heavy damage to two transformers, which will take weeks to repair.\n";

} // namespace

TEST_CASE("a lead-in closed by a colon or a short question over the headline is its kicker",
          "[classify][kicker][lead_in][head35]") {
    struct Row {
        std::string page;
        const char* lang;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {page("Nordblatt\nPolitik\nWirtschaft\nSport\n", "Nach Angriff auf Umspannwerk:",
              "Staatsanwaltschaft übernimmt Ermittlungen", "Von Lena Hartmann", body_de),
         "de", "Nach Angriff auf Umspannwerk:", "Staatsanwaltschaft übernimmt Ermittlungen"},
        {page("Le Courrier\nActualité\nÉconomie\nSport\n", "Après l'attaque du poste électrique :",
              "Le parquet reprend l'enquête", "Par Léa Martin", body_fr),
         "fr", "Après l'attaque du poste électrique :", "Le parquet reprend l'enquête"},
        {page("Nordblatt\nPolitik\nWirtschaft\nSport\nPolitik Inland\n", "Strom aus Kohle?",
              "Staatsanwaltschaft übernimmt Ermittlungen", "Von Lena Hartmann", body_de),
         "de", "Strom aus Kohle?", "Staatsanwaltschaft übernimmt Ermittlungen"},
        {page("The Harbour Post\nNews\nBusiness\nSport\nPolitics\n", "Sabotage at the substation?",
              "Prosecutors take over the inquiry", "By Lena Hartmann", body_en),
         "en", "Sabotage at the substation?", "Prosecutors take over the inquiry"},
        // A menu's link asking a question is no kicker.
        {page("Das Nachtblatt\nMenü\nStartseite\nArchiv\n", "Was gibt's hier?",
              "Staatsanwaltschaft übernimmt Ermittlungen", "Von Lena Hartmann", body_de),
         "de", "", "Staatsanwaltschaft übernimmt Ermittlungen"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.language == r.lang);
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
    }
}
