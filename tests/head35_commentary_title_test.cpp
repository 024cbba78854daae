// "Meinung / Die Koalition verspielt ihren Kredit / Wer Mieter entlasten will, muss mehr tun als Runden gründen /
// Jonas Keller / <date>": a commentary's title, its image sharing no word with the text, under a kicker over a deck
// of a sentence's clauses (a comma inside) signed by the byline is the headline, the deck the lede
// (Choice::title_over_standfirst(), kicker_deck). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

const char* const commentary_de =
        "Nordblatt\n"
        "Politik\n"
        "Wirtschaft\n"
        "Kultur\n"
        "Sport\n"
        "Meinung\n"
        "Die Koalition verspielt ihren Kredit\n"
        "Wer Mieter entlasten will, muss mehr tun als Runden gründen\n"
        "Jonas Keller\n"
        "3. März 2026, 08:15\n"
        "Die Landesregierung hat am Montag ihr neues Programm für den Wohnungsbau vorgestellt. Es ist schon das vierte in dieser Wahlperiode, und wieder fehlt das Geld für die Umsetzung.\n"
        "Bausenatorin Petra Lind sprach von einem Neuanfang. Davon kann keine Rede sein. Wer Mieter entlasten will, muss städtische Flächen günstig vergeben und die Verfahren beschleunigen.\n"
        "Stattdessen verspricht das Programm neue Gremien und neue Berichte. Die Mieterinnen und Mieter in der Stadt haben davon nichts.\n";

const char* const commentary_en =
        "The Northern Ledger\n"
        "News\n"
        "Business\n"
        "Culture\n"
        "Sport\n"
        "Opinion\n"
        "The coalition has squandered its credit\n"
        "If it wants to help tenants, it must do far more than found panels\n"
        "Jonas Keller\n"
        "3 March 2026, 08:15\n"
        "The city's cabinet presented its new programme for house building on Monday. It is already the fourth in this term, and once again there is no money to carry it out.\n"
        "The housing chief, Petra Lind, spoke of a new start. That is not what it is. Whoever wants to help tenants must hand out municipal plots cheaply and speed up the procedures.\n"
        "Instead, the programme promises new committees and new reports. The tenants of the city gain nothing from them.\n";

} // namespace

TEST_CASE("a commentary's title sharing no word with its text stays the headline over its deck of clauses",
          "[classify][headline][kicker_deck][head35]") {
    struct Row {
        const char* page;
        const char* lang;
        const char* headline;
        const char* lede;
    };
    const Row rows[] = {
        {commentary_de, "de", "Die Koalition verspielt ihren Kredit",
         "Wer Mieter entlasten will, muss mehr tun als Runden gründen"},
        {commentary_en, "en", "The coalition has squandered its credit",
         "If it wants to help tenants, it must do far more than found panels"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.language == r.lang);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
    }
    // Without the comma the deck reads as a title of its own: the line over it, sharing no word, is no title then.
    std::string unclaused = commentary_de;
    const std::string deck = "Wer Mieter entlasten will, muss";
    unclaused.replace(unclaused.find(deck), deck.size(), "Wer Mieter entlasten will muss");
    const Article a = parse(unclaused);
    CHECK(a.headline.value_or("") == "Wer Mieter entlasten will muss mehr tun als Runden gründen");
}
