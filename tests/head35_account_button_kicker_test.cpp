// "Politik / Sport / Abonnement / Anmelden / Streit am Hafen / <headline>": a menu closing on its account or
// subscription button (lexicon section account_buttons) ends the page's furniture over the head, as a blank line
// does: the label under it is the article's kicker, no menu item; the button itself is never one. Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

std::string page(const char* menu, const char* label, const char* headline, const char* lede, const char* byline,
                 const char* body) {
    return std::string(menu) + label + "\n" + headline + "\n" + lede + "\n" + byline + "\n" + body;
}

} // namespace

TEST_CASE("the label under a menu's account button is the kicker", "[classify][kicker][account_buttons][head35]") {
    struct Row {
        std::string page;
        const char* lang;
        const char* kicker;
    };
    const Row rows[] = {
        {page("Nordblatt\nPolitik\nWirtschaft\nSport\nAbonnement\nAnmelden\n", "Streit am Hafen",
              "Senat stoppt den Ausbau der Kaimauer",
              "Die Kosten sind um ein Drittel gestiegen. Die Reeder sprechen von einem schweren Fehler.",
              "Von Lena Hartmann",
              "Der Senat hat am Dienstag den Ausbau der Kaimauer am Nordhafen gestoppt, weil die Kosten seit dem "
              "Frühjahr um ein Drittel gestiegen sind.\nDie Reeder reagierten verärgert und kündigten an, ihre Schiffe "
              "künftig in anderen Häfen abfertigen zu lassen.\n"),
         "de", "Streit am Hafen"},
        {page("The Harbour Post\nNews\nBusiness\nSport\nSubscribe\nSign in\n", "Port row",
              "Council halts the quay wall expansion",
              "Its costs have risen by a third. Shipowners call the decision a grave mistake.", "By Lena Hartmann",
              "The council on Tuesday halted the expansion of the quay wall at the north harbour because its costs "
              "have risen by a third since the spring.\nShipowners reacted angrily and said they would have their "
              "ships handled at other ports in future.\n"),
         "en", "Port row"},
        {page("Le Courrier du Port\nActualité\nÉconomie\nSport\nS'abonner\nSe connecter\n", "Querelle du port",
              "Le conseil gèle l'extension du quai nord",
              "Son coût a augmenté d'un tiers. Les armateurs parlent d'une grave erreur.", "Par Léa Martin",
              "Le conseil a gelé mardi l'extension du quai nord du port, dont le coût a augmenté d'un tiers depuis le "
              "printemps.\nLes armateurs ont réagi avec colère et annoncé qu'ils feraient désormais escale dans "
              "d'autres ports.\n"),
         "fr", "Querelle du port"},
        // The button right over the headline is no kicker.
        {page("Nordblatt\nPolitik\nWirtschaft\nSport\nAbo\n", "Login", "Senat stoppt den Ausbau der Kaimauer",
              "Die Kosten sind um ein Drittel gestiegen. Die Reeder sprechen von einem schweren Fehler.",
              "Von Lena Hartmann",
              "Der Senat hat am Dienstag den Ausbau der Kaimauer am Nordhafen gestoppt, weil die Kosten seit dem "
              "Frühjahr um ein Drittel gestiegen sind.\nDie Reeder reagierten verärgert und kündigten an, ihre Schiffe "
              "künftig in anderen Häfen abfertigen zu lassen.\n"),
         "de", ""},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.language == r.lang);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}
