// Tests of the definition-list fold (fold_definition_lists(), sections.cpp) on pages that are no glossary: a club's
// chronicle, a guide, a page of questions, short headings each over one or two short paragraphs, keep their headings
// when their sections are mostly a text's parts (section_part_heading()). Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "sections_parts.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::check_heading_rows;

TEST_CASE("a question, a heading opened by a figure, or three words over two sentences head a text's part",
          "[classify][heading][definition][region39]") {
    auto part = [](const char* heading, std::vector<std::string> paragraphs) {
        return section_part_heading(Section{std::string(heading), std::move(paragraphs)});
    };
    CHECK(part("Wann mäht man am besten?", {"Am besten am Abend."}));
    CHECK(part("Quand faut-il tailler ?", {"Au printemps."}));
    CHECK(part("1987: The new clubhouse", {"The club moved into its own house."}));
    CHECK(part("Zwischen den Weltkriegen",
               {"1923 kam eine Ruderabteilung hinzu. 1930 baute der Verein sein erstes Bootshaus am Fluss."}));
    CHECK(part("Les années difficiles", {"Le club perd la moitié de ses membres.", "Il se relève en 1952."}));
    // A glossary's term: a word or two, or three over one sentence; "Dr." and "am 3. Mai" end no sentence.
    CHECK_FALSE(part("Halyard", {"A rope that hoists a sail. It runs up the mast."}));
    CHECK_FALSE(part("Prix du carburant", {"Comparez les prix des trois stations du port."}));
    CHECK_FALSE(part("Right of way", {"The rule Dr. Hale wrote on 3. May: who gives way to whom at sea."}));
    CHECK_FALSE(part("Die erste Regatta", {"Sie fand am 3. Mai 1931 auf dem Stausee statt, bei Regen."}));
}

TEST_CASE("a chronicle's or a guide's short sections are no definition list", "[classify][heading][definition][region39]") {
    check_heading_rows({
        {"de", R"(Ruderclub Weidental 1911 e.V.
Aktuelles
Training
Verein
Chronik
Kontakt
Unsere Chronik
Mehr als hundert Jahre Rudern auf der Weide
Im Frühjahr 1911 trafen sich zwölf junge Leute im Fährhaus am Fluss und gründeten den Ruderclub Weidental. Gerudert wurde zuerst in zwei alten Fischerbooten, die der Fährmann dem Verein für den Sommer verliehen hatte.
Zwischen den Weltkriegen
1923 kam eine Jugendabteilung hinzu, die sich jeden Samstag am Steg traf und bald die ersten Regatten gewann. 1930 baute der Verein mit vielen freiwilligen Helfern sein erstes Bootshaus aus Holz am Fluss.
Neustart nach dem Krieg
Nach dem Krieg fehlten Boote und Ruder, und das Bootshaus war vom Hochwasser schwer beschädigt worden. Die Mitglieder liehen sich zwei Vierer vom Nachbarclub und ruderten wieder jeden Sonntag.
1972: Das neue Bootshaus
Mit dem Neubau aus Stein bekam der Club endlich Platz für vierzig Boote und einen großen Kraftraum. Die Einweihung feierte das ganze Dorf mit Musik, Kuchen und einem Rennen der Achter auf der Weide.
Der Club heute
Heute trainieren Kinder, Erwachsene und Senioren an fünf Tagen der Woche auf dem Fluss und im Kraftraum. Neue Mitglieder sind jederzeit willkommen, und das erste Probetraining kostet nichts.
Ruderclub Weidental 1911 e.V.
Am Fährhaus 2
Impressum | Datenschutz
)",
         {"Zwischen den Weltkriegen", "Neustart nach dem Krieg", "1972: Das neue Bootshaus", "Der Club heute"}},
        {"en", R"(Garden Shop
Guides
Pruning roses
Pruning keeps roses healthy and makes them flower more, and it takes less time than most gardeners think.
Why prune at all?
Old wood flowers less every year. Cutting it back lets the plant put its strength into new shoots.
The right moment
Prune in early spring, when the buds start to swell. A late frost can still harm the fresh cuts.
Step by step
Cut every dead stem down to the base. Then shorten the strong stems by a third, just above an outward bud.
Common mistakes
Many gardeners cut too little. The rose then grows tall and thin and flowers only at the top.
Newsletter
)",
         {"Why prune at all?", "The right moment", "Step by step", "Common mistakes"}},
        {"fr", R"(Jardinerie
Conseils
Tailler les rosiers
La taille garde les rosiers en bonne santé et les fait fleurir davantage, et elle prend moins de temps qu'on ne le croit.
Pourquoi tailler ?
Le vieux bois fleurit moins chaque année. Le couper laisse la plante nourrir ses nouvelles pousses.
Quel moment choisir ?
Taillez au début du printemps, quand les bourgeons gonflent. Une gelée tardive peut encore abîmer les coupes.
Étape par étape
Coupez les tiges mortes à la base. Raccourcissez ensuite les tiges fortes d'un tiers, au-dessus d'un bourgeon.
Erreurs fréquentes
Beaucoup de jardiniers taillent trop peu. Le rosier pousse alors haut et maigre et ne fleurit qu'en haut.
Lettre d'information
)",
         {"Pourquoi tailler ?", "Quel moment choisir ?", "Étape par étape", "Erreurs fréquentes"}},
    });
}

TEST_CASE("a glossary whose terms are a word or two over a sentence stays a definition list",
          "[classify][heading][definition][region39]") {
    check_heading_rows({
        {"en", R"(Sailing School
Glossary
The words every sailor hears in the first week at the sailing school, with what they mean on board.
Halyard
A rope that hoists a sail up the mast and holds it there while the boat sails.
Tiller
The lever fixed to the rudder that the helmsman pushes and pulls to steer the boat.
Boom
The spar along the foot of the mainsail, which swings across the boat when it turns.
Cleat
A fitting with two horns around which a rope is wound to hold it fast.
Contact
)",
         {}},
        {"de", R"(Segelschule
Glossar
Die Wörter, die jeder Segler in der ersten Woche an der Segelschule hört, und was sie an Bord bedeuten.
Fall
Eine Leine, die ein Segel den Mast hinaufzieht und dort hält, solange das Boot segelt.
Pinne
Der Hebel am Ruder, den der Steuermann drückt und zieht, um das Boot zu lenken.
Baum
Die Spiere am unteren Rand des Großsegels, die bei jeder Wende über das Boot schwenkt.
Klampe
Ein Beschlag mit zwei Hörnern, um den eine Leine gewickelt wird, damit sie fest hält.
Kontakt
)",
         {}},
    });
}

TEST_CASE("a question mark set apart by a space is no word of a short question", "[classify][heading][region39]") {
    // Six words and the mark: French typography's "?" after a space.
    CHECK(question_heading(block_of("Que faire si le colis manque ?")));
    CHECK(question_heading(block_of("Que faire si le colis manque?")));
    CHECK(question_heading(block_of("What if the parcel arrives damaged?")));
    // Seven words stay too long for a question's heading on its own.
    CHECK_FALSE(question_heading(block_of("Que se passe-t-il si le colis arrive abîmé ?")));
    CHECK_FALSE(question_heading(block_of("What happens if my parcel arrives damaged today?")));
}

TEST_CASE("a text of two sentences tells a small word's stop from an abbreviation's", "[classify][region39]") {
    CHECK(holds_two_sentences("Some residents want to leave. Why do you stay?"));
    CHECK(holds_two_sentences("Sommige bewoners willen weg. Waarom blijft u?"));
    CHECK(holds_two_sentences("1923 kam eine Jugendabteilung hinzu. 1930 baute der Verein ein Bootshaus."));
    CHECK_FALSE(holds_two_sentences("Dr. Hale asked the board on 3. May why the fares rose."));
    CHECK_FALSE(holds_two_sentences("Am 3. Mai 1931 fand die erste Regatta statt."));
    CHECK_FALSE(holds_two_sentences("Comment résilier ?"));
}

// Pages of questions each over its answer, the third question longer than six words.
const char* const faq_fr = R"(Centre d'aide Colibox
Compte
Livraison
Questions fréquentes sur la livraison
Cette page répond aux questions les plus courantes sur les délais, les colis et les retours de nos clients.
Quels sont les délais ?
Nous expédions sous deux jours ouvrés. La livraison prend ensuite trois à cinq jours selon votre région.
Puis-je choisir un point relais ?
Oui, au moment de la commande. Le point relais garde votre colis pendant quatorze jours avant de nous le renvoyer.
Que se passe-t-il si mon colis arrive abîmé ?
Refusez le colis devant le livreur ou signalez-le dans les deux jours. Nous vous envoyons alors un nouvel article sans frais.
Comment retourner un article ?
Imprimez l'étiquette depuis votre compte et déposez le colis dans un point relais. Le remboursement suit sous dix jours.
Cet article vous a-t-il été utile ?
)";
const char* const faq_en = R"(Colibox Help Centre
Account
Delivery
Delivery questions
This page answers the most common questions about delivery times, parcels and returns from our customers.
How long does it take?
We ship within two working days. Delivery then takes three to five days depending on your region.
Can I pick a collection point?
Yes, when you order. The collection point keeps your parcel for fourteen days before it sends it back to us.
What happens if my parcel arrives damaged in the post?
Refuse the parcel at the door or tell us within two days. We then send you a new item free of charge.
How do I return an item?
Print the label from your account and drop the parcel at a collection point. The refund follows within ten days.
Was this article helpful?
)";
const char* const faq_de = R"(Colibox Hilfe
Konto
Lieferung
Häufige Fragen zur Lieferung
Diese Seite beantwortet die häufigsten Fragen unserer Kunden zu Lieferzeiten, Paketen und Rücksendungen.
Wie lange dauert es?
Wir versenden innerhalb von zwei Werktagen. Die Lieferung dauert dann drei bis fünf Tage, je nach Region.
Kann ich eine Packstation wählen?
Ja, bei der Bestellung. Die Packstation bewahrt Ihr Paket vierzehn Tage auf, bevor sie es an uns zurückschickt.
Was passiert, wenn mein Paket beschädigt bei mir ankommt?
Verweigern Sie die Annahme oder melden Sie es innerhalb von zwei Tagen. Wir schicken Ihnen dann kostenlos einen neuen Artikel.
Wie schicke ich einen Artikel zurück?
Drucken Sie das Etikett in Ihrem Konto aus und geben Sie das Paket an einer Packstation ab. Das Geld kommt innerhalb von zehn Tagen.
War dieser Artikel hilfreich?
)";

TEST_CASE("in a run of questions each over its answer a longer question heads its answer too",
          "[classify][heading][question][region39]") {
    check_heading_rows({
        {"fr", faq_fr,
         {"Quels sont les délais ?", "Puis-je choisir un point relais ?", "Que se passe-t-il si mon colis arrive abîmé ?",
          "Comment retourner un article ?"}},
        {"en", faq_en,
         {"How long does it take?", "Can I pick a collection point?", "What happens if my parcel arrives damaged in the post?",
          "How do I return an item?"}},
        {"de", faq_de,
         {"Wie lange dauert es?", "Kann ich eine Packstation wählen?", "Was passiert, wenn mein Paket beschädigt bei mir ankommt?",
          "Wie schicke ich einen Artikel zurück?"}},
    });
}

TEST_CASE("in a run of questions a statement glued before a longer question keeps it an interviewer's turn",
          "[classify][heading][question][region39]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* question; // the longer question, replaced by the turn
        const char* turn;
    };
    const Row rows[] = {
        {"en", faq_en, "What happens if my parcel arrives damaged in the post?",
         "Some parcels arrive late. Why does that still happen?"},
        {"de", faq_de, "Was passiert, wenn mein Paket beschädigt bei mir ankommt?",
         "Manche Pakete kommen spät. Warum passiert das noch immer?"},
    };
    for (const auto& r : rows) {
        std::string page = r.page;
        page.replace(page.find(r.question), std::string(r.question).size(), r.turn);
        INFO(page);
        Article a = classify(segment(page), r.lang);
        CHECK_FALSE(test::contains(test::headings_of(a), r.turn));
        CHECK(test::contains(test::paragraphs_of(a), r.turn));
    }
}
