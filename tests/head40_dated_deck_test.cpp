// A press release's head: the date line (or the byline) right over the title, and under the title a deck longer than
// it, printed without a stop, over the body with nothing between. The date signs the title, not the deck: the title
// is the headline and the deck its lede (the German page's deck shares more of the text's words than its title, and
// was taken as the headline). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Release {
    const char* page;
    const char* headline;
    const char* lede;
};

const Release releases[] = {
    {"Pressemitteilung Nr. 12/2025\n"
     "Kiel, 4. März 2025\n"
     "Neues Förderprogramm für Häfen im Norden startet\n"
     "Gemeinden können ab sofort Zuschüsse für neue Kaimauern und Stege in ihren Häfen beantragen\n"
     "Das Land stellt in den kommenden vier Jahren insgesamt 60 Millionen Euro für Kaimauern und Stege bereit. Zuschüsse beantragen können Gemeinden und Zweckverbände ab dem 1. April.\n"
     "Gefördert werden bis zu 70 Prozent der Baukosten. Kleine Gemeinden können einen Zuschlag für ihre Häfen erhalten.\n"
     "Der Fischereiverband begrüßte die Zuschüsse. Sein Vorsitzender Hannes Petersen sagte, neue Stege und Kaimauern kämen „genau zur richtigen Zeit“.\n",
     "Neues Förderprogramm für Häfen im Norden startet",
     "Gemeinden können ab sofort Zuschüsse für neue Kaimauern und Stege in ihren Häfen beantragen"},
    {"Press release 12/2025\n"
     "3 March 2025\n"
     "New support scheme for harbours in the north begins\n"
     "Councils can apply from today for grants for new quay walls and jetties in their harbours\n"
     "The government will spend 60 million pounds over the next four years on quay walls and jetties. Councils and harbour trusts can apply for grants from 1 April.\n"
     "Grants cover up to 70 per cent of the building costs. Small councils can apply for a further grant for their harbours.\n"
     "The fishermen's federation welcomed the grants. Its chair, Hannah Peters, said new jetties and quay walls came \"at just the right time\".\n",
     "New support scheme for harbours in the north begins",
     "Councils can apply from today for grants for new quay walls and jetties in their harbours"},
    {"Communiqué de presse\n"
     "Brest, le 3 mars 2025\n"
     "Un nouveau dispositif démarre dans le nord rural\n"
     "Les communes peuvent dès aujourd'hui demander des aides pour de nouveaux quais et pontons dans leurs ports\n"
     "L'État consacrera 60 millions d'euros au cours des quatre prochaines années aux quais et aux pontons. Les communes peuvent demander des aides dès le 1er avril.\n"
     "Les aides couvrent jusqu'à 70 % du coût des travaux. Les petites communes peuvent demander des aides pour leurs ports.\n"
     "Le comité des pêches a salué les aides. Sa présidente, Anne Le Gall, a estimé que de nouveaux quais et pontons arrivaient « au bon moment ».\n",
     "Un nouveau dispositif démarre dans le nord rural",
     "Les communes peuvent dès aujourd'hui demander des aides pour de nouveaux quais et pontons dans leurs ports"},
};

} // namespace

TEST_CASE("under a dated title, a longer unstopped deck is the lede and the title the headline",
          "[classify][headline][lede][head40]") {
    for (const Release& r : releases) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
    }
}

TEST_CASE("a dated title over a line of names and figures or over a stopped paragraph keeps no deck",
          "[classify][headline][lede][head40]") {
    // A picture's title and credit (mostly capitals) under the title, and a first paragraph closed by its stop, are
    // no deck.
    const std::string pictured = "Harbour Style\nFashion\n27 January 2025\nSpring Shows in Paris: Jane Roe\n"
                                 "Spring Shows in Paris, Jane Roe, Picture Via Harbour Press Agency\n"
                                 "The designer showed a collection of long coats and wide trousers in grey and sand on Tuesday evening in a hall by the river.\n"
                                 "The guests included buyers from London and Milan, who praised the cut of the coats and the choice of wool.\n";
    const archive::Article a = archive::parse(pictured, "x");
    CHECK(a.lede.value_or("") != "Spring Shows in Paris, Jane Roe, Picture Via Harbour Press Agency");
    const std::string stopped = "Harbour District Council\nNews\n3 March 2025\nCouncil opens a fund for flooded shops\n"
                                "Owners on the quay can apply from Monday for grants of up to 20,000 pounds to repair shops.\n"
                                "The council will set aside 1.2 million pounds over the next two years for shops damaged by the January floods. Applications open on 10 March.\n"
                                "Grants cover up to two thirds of the cost of repairs, and shops that stayed shut for more than a month can ask for more.\n";
    const archive::Article b = archive::parse(stopped, "x");
    CHECK(b.headline.value_or("") == "Council opens a fund for flooded shops");
    CHECK(b.lede.value_or("") != "Owners on the quay can apply from Monday for grants of up to 20,000 pounds to repair shops.");
}
