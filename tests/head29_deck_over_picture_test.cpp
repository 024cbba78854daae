// A deck over the lead picture's block (deck / read-aloud button / share button / "Image" / caption / credit / byline
// / date): the deck is the lede, the button and the picture's word leave the body, and the word where the picture
// stood ("Image", "Bild") is no title. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

struct Row {
    std::string page;
    const char* headline;
    std::string lede;
    std::vector<std::string> not_in_body; // lines that must leave the body
};

const char* const en_page = R"(Skip to content
Account
Advertisement
The Town Wants a Bigger Harbour. The Fishermen Say No.
A plan to dredge the old harbour for cruise ships has drawn hundreds of protesters and two lawsuits.
Listen to this article · 6:40 min Learn more
Share full article
Image
Fishing boats tied up at the harbour's east quay on Sunday.
Credit...Tom Baker for The Harbour Times
By Ruth Alder and Ben Vale
Reporting from Portsmouth, N.H.
Nov. 24, 2026
The old harbour has survived three storms, a ferry strike and a century of budget cuts. Now it faces the dredgers.
The town council voted last month to deepen the harbour's channel for cruise ships, a plan that has drawn protests every weekend since.
"You don't save a harbour by driving out the boats that made it," said Mary Holt, 71, who has fished from the east quay for 40 years.
The mayor said the town had no other place to bring the ships.
)";
const char* const en_deck =
    "A plan to dredge the old harbour for cruise ships has drawn hundreds of protesters and two lawsuits.";

// The English page with a deck as long as a sentence of the text: the region opens at the deck.
std::string with_long_deck(std::string page, const std::string& deck) {
    page.replace(page.find(en_deck), std::string(en_deck).size(), deck);
    return page;
}

} // namespace

TEST_CASE("a deck over the picture block is the lede", "[classify][lede][head29]") {
    const std::string long_deck = "A plan to dredge the old harbour for cruise ships has drawn hundreds of protesters "
                                  "and two lawsuits, and the fishermen who work from its quays say they will not "
                                  "leave without a fight.";
    const Row rows[] = {
        {en_page, "The Town Wants a Bigger Harbour. The Fishermen Say No.", en_deck,
         {"Listen to this article · 6:40 min Learn more", "Image"}},
        {with_long_deck(en_page, long_deck), "The Town Wants a Bigger Harbour. The Fishermen Say No.", long_deck,
         {"Listen to this article · 6:40 min Learn more", "Image"}},
        {R"(Aller au contenu
Mon compte
Publicité
La ville veut agrandir le port, les pêcheurs disent non
Un projet de dragage du vieux port pour accueillir des paquebots a déjà réuni des centaines de manifestants et deux recours.
Écouter cet article · 6 min
Partager l'article
Image
Des bateaux de pêche amarrés au quai est du port, dimanche.
Photo : Tom Baker / Le Courrier du Port
Par Claire Morel et Paul Roux
Publié le 24 novembre 2026 à 18h12
Le vieux port a survécu à trois tempêtes, à une grève des bacs et à un siècle de coupes budgétaires. Il fait face aujourd'hui aux dragues.
Le conseil municipal a voté le mois dernier l'approfondissement du chenal pour les paquebots, un projet contesté chaque week-end depuis.
« On ne sauve pas un port en chassant les bateaux qui l'ont fait vivre », a déclaré Marie Holt, 71 ans, qui pêche depuis le quai est depuis quarante ans.
Le maire a assuré que la ville n'avait pas d'autre lieu pour accueillir les navires.
)",
         "La ville veut agrandir le port, les pêcheurs disent non",
         "Un projet de dragage du vieux port pour accueillir des paquebots a déjà réuni des centaines de manifestants et "
         "deux recours.",
         {"Écouter cet article · 6 min", "Image"}},
        {R"(Zum Inhalt springen
Mein Konto
Anzeige
Die Stadt will einen größeren Hafen, die Fischer sagen Nein
Ein Plan, den alten Hafen für Kreuzfahrtschiffe auszubaggern, hat schon Hunderte Demonstranten und zwei Klagen auf den Plan gerufen.
Artikel anhören · 6 Min
Artikel teilen
Bild
Fischerboote liegen am Sonntag am Ostkai des Hafens.
Foto: Tom Baker
Von Anna Muster und Jan Roth
Veröffentlicht am 24.11.2026, 18:12 Uhr
Der alte Hafen hat drei Sturmfluten, einen Fährstreik und ein Jahrhundert voller Sparhaushalte überstanden. Nun drohen ihm die Bagger.
Der Gemeinderat hat im vergangenen Monat beschlossen, die Fahrrinne für Kreuzfahrtschiffe zu vertiefen, und seitdem wird jedes Wochenende protestiert.
"Man rettet keinen Hafen, indem man die Boote vertreibt, die ihn groß gemacht haben", sagte Marie Holt, 71, die seit 40 Jahren vom Ostkai aus fischt.
Der Bürgermeister sagte, die Stadt habe keinen anderen Ort für die Schiffe.
)",
         "Die Stadt will einen größeren Hafen, die Fischer sagen Nein",
         "Ein Plan, den alten Hafen für Kreuzfahrtschiffe auszubaggern, hat schon Hunderte Demonstranten und zwei Klagen "
         "auf den Plan gerufen.",
         {"Artikel anhören · 6 Min", "Bild"}},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
        const auto body = archive::test::paragraphs_of(a);
        for (const std::string& line : r.not_in_body)
            CHECK(std::find(body.begin(), body.end(), line) == body.end());
    }
}
