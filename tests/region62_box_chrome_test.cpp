// Boxes of links and buttons printed inside an article's text: a carousel of related articles with its buttons and
// teasers cut short, the cross-head right under a box, a picture's caption button and a trial subscription's promo.
// Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::BoxRow;
using archive::test::check_boxes;
using archive::test::headings_of;

TEST_CASE("a carousel of related articles with its buttons and cut teasers leaves the text going on under it",
          "[classify][region][related]") {
    check_boxes({
        {"en", R"(Harbour ferry stranded pensioner for five hours
The island ferry left a pensioner waiting on the cold quay for five hours on Tuesday after its engine failed at sea.
Her son said she had been shaking with cold when he finally reached the harbour office late in the evening.
RELATED ARTICLES
Previous
1
Next
Island ferries face new fines for late sailings across the bay...
Revealed: The most common reasons why old ferries break down at sea and...
Share this article
Share
Mrs Dunmore, a retired teacher, said she had been too frightened to leave the waiting room alone.
'I did not know whether to wait or to walk home in the dark,' she said of the long evening on the quay.
The ferry company apologised and said a fault in its booking system had meant nobody was told of the delay.
It has promised to pay for a taxi home for every passenger left waiting on the quay that night.
)",
         {"Island ferries face new fines for late sailings across the bay...", "Previous", "Share"},
         {"Mrs Dunmore, a retired teacher, said she had been too frightened to leave the waiting room alone.",
          "It has promised to pay for a taxi home for every passenger left waiting on the quay that night."}},
        {"de", R"(Fähre lässt Rentnerin fünf Stunden am Kai warten
Die Inselfähre hat eine Rentnerin am Dienstag fünf Stunden lang am kalten Kai warten lassen, weil ihr Motor ausfiel.
Ihr Sohn sagte, sie habe vor Kälte gezittert, als er sie am späten Abend endlich im Hafenbüro abholen konnte.
Mehr zum Thema
Zurück
1
Weiter
Neue Strafen für Fähren, die zu spät in den Hafen der Insel einlaufen...
Warum alte Fähren auf See so oft liegen bleiben und was die Reederei...
Teilen
Die pensionierte Lehrerin sagte, sie habe sich nicht getraut, den Warteraum im Dunkeln allein zu verlassen.
Die Reederei entschuldigte sich und erklärte, ein Fehler im Buchungssystem habe die Meldung verhindert.
Sie will allen Fahrgästen, die an diesem Abend am Kai warten mussten, ein Taxi nach Hause bezahlen.
)",
         {"Neue Strafen für Fähren, die zu spät in den Hafen der Insel einlaufen...", "Zurück", "Teilen"},
         {"Die pensionierte Lehrerin sagte, sie habe sich nicht getraut, den Warteraum im Dunkeln allein zu verlassen.",
          "Sie will allen Fahrgästen, die an diesem Abend am Kai warten mussten, ein Taxi nach Hause bezahlen."}},
        {"fr", R"(Le ferry laisse une retraitée cinq heures sur le quai
Le ferry de l'île a laissé mardi une retraitée attendre cinq heures sur le quai froid, son moteur étant en panne.
Son fils a raconté qu'elle tremblait de froid quand il l'a enfin retrouvée au bureau du port en fin de soirée.
Sur le même sujet
Précédent
1
Suivant
Les ferries de l'île menacés d'amendes pour leurs retards dans la baie...
Pourquoi les vieux ferries tombent si souvent en panne en pleine mer et...
Partager
La retraitée, ancienne institutrice, a expliqué qu'elle n'osait pas quitter seule la salle d'attente dans le noir.
La compagnie s'est excusée et a expliqué qu'une panne de son système de réservation avait bloqué l'alerte.
Elle promet de payer un taxi à chaque passager resté ce soir-là à attendre sur le quai du port.
)",
         {"Les ferries de l'île menacés d'amendes pour leurs retards dans la baie...", "Précédent", "Partager"},
         {"La retraitée, ancienne institutrice, a expliqué qu'elle n'osait pas quitter seule la salle d'attente "
          "dans le noir.",
          "Elle promet de payer un taxi à chaque passager resté ce soir-là à attendre sur le quai du port."}},
    });
}

TEST_CASE("a short cross-head right under a box of long titles heads the text's next section",
          "[classify][region][related]") {
    const test::HeadingRow rows[] = {
        {"de", R"(Koalition streitet über den Hafenhaushalt
Im Streit um den Haushalt des Hafens hat die Koalition am Freitag keine Einigung erzielt, wie mehrere Teilnehmer sagten.
Die Fraktion steht geschlossen
Der Fraktionschef der Grünen zeigte sich unbeeindruckt und sagte, man lasse sich von niemandem unter Druck setzen.
Auch in der SPD wächst der Unmut über den Kurs des Finanzministers, der die Zahlen erst spät vorgelegt hat.
Mehr zum Thema
Streit um den Hafen: Warum die Koalition beim Haushalt in der Falle sitzt Von Jana Beispiel
Kommentar zum Haushalt: Ein Finanzminister, der nur noch auf Abruf regiert Ein Kommentar von Udo Muster
Treffen am Sonntag
Am Sonntagabend soll im Rathaus ein Koalitionsausschuss zusammenkommen, wie ein Sprecher der Stadt bestätigte.
Ob das reicht, ist offen. In der Opposition rechnet man bereits mit Neuwahlen im kommenden Frühjahr.
)",
         {"Die Fraktion steht geschlossen", "Treffen am Sonntag"}},
        {"en", R"(Coalition split over the harbour budget
The coalition failed to agree on the harbour's budget on Friday, several of those taking part in the talks said.
The group stands together
The Greens' leader was unmoved and said his group would not be pushed around by anyone in the council chamber.
Unease is also growing among Labour members over the finance chief, who presented the figures far too late.
Related stories
Harbour row: why the coalition is trapped by its own budget rules this winter By Jane Example
Comment on the budget: a finance chief who now governs only on borrowed time By Joe Sample
Talks on Sunday
A coalition committee is to meet at the town hall on Sunday evening, a spokesman for the council confirmed.
Whether that is enough is unclear. The opposition is already counting on an early election next spring.
)",
         {"The group stands together", "Talks on Sunday"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a) == r.headings);
        CHECK(a.sections.size() == 3);
        CHECK(a.sections.back().paragraphs.size() == 2);
    }
}

TEST_CASE("the last title of a box, as long as the titles over it, stays in the box", "[classify][region][related]") {
    check_boxes({
        {"en", R"(Coalition split over the harbour budget
The coalition failed to agree on the harbour's budget on Friday, several of those taking part in the talks said.
The Greens' leader was unmoved and said his group would not be pushed around by anyone in the council chamber.
Related stories
Harbour row deepens as the coalition misses its deadline
Finance chief under pressure over late budget figures
A coalition committee is to meet at the town hall on Sunday evening, a spokesman for the council confirmed.
Whether that is enough is unclear. The opposition is already counting on an early election next spring.
)",
         {"Finance chief under pressure over late budget figures"},
         {"A coalition committee is to meet at the town hall on Sunday evening, a spokesman for the council "
          "confirmed."}},
        {"de", R"(Koalition streitet über den Hafenhaushalt
Im Streit um den Haushalt des Hafens hat die Koalition am Freitag keine Einigung erzielt, wie mehrere Teilnehmer sagten.
Der Fraktionschef der Grünen zeigte sich unbeeindruckt und sagte, man lasse sich von niemandem unter Druck setzen.
Mehr zum Thema
Hafenstreit: Koalition verpasst die Frist für den Haushalt
Finanzminister gerät wegen später Zahlen unter Druck
Am Sonntagabend soll im Rathaus ein Koalitionsausschuss zusammenkommen, wie ein Sprecher der Stadt bestätigte.
Ob das reicht, ist offen. In der Opposition rechnet man bereits mit Neuwahlen im kommenden Frühjahr.
)",
         {"Finanzminister gerät wegen später Zahlen unter Druck"},
         {"Am Sonntagabend soll im Rathaus ein Koalitionsausschuss zusammenkommen, wie ein Sprecher der Stadt "
          "bestätigte."}},
    });
}

TEST_CASE("a picture's caption button is no text of the article", "[classify][region][media]") {
    check_boxes({
        {"de", R"(Stahlwerk soll bis 2030 schließen
Bildbeschreibung einblenden
Der Vorstand will das Werk im Norden der Stadt schließen. Die Arbeitnehmer drohen mit Streiks und Protesten.
Der Betriebsrat kündigte am Freitag Widerstand gegen den Plan an, der mehr als zweitausend Stellen kosten würde.
Die Gewerkschaft will in der kommenden Woche über erste Warnstreiks an allen Standorten des Konzerns beraten.
)",
         {"Bildbeschreibung einblenden"},
         {"Der Betriebsrat kündigte am Freitag Widerstand gegen den Plan an, der mehr als zweitausend Stellen kosten "
          "würde."}},
        {"en", R"(Steelworks to close by 2030
Show caption
The board wants to close the works in the north of the town. The unions are threatening strikes and protests.
The works council announced on Friday that it would fight the plan, which would cost more than two thousand jobs.
The union will discuss the first warning strikes at all of the group's sites at a meeting next week.
)",
         {"Show caption"},
         {"The works council announced on Friday that it would fight the plan, which would cost more than two "
          "thousand jobs."}},
        {"fr", R"(L'aciérie fermera d'ici 2030
Afficher la légende
La direction veut fermer l'usine au nord de la ville. Les syndicats menacent de grèves et de manifestations.
Le comité d'entreprise a annoncé vendredi qu'il combattrait ce plan, qui coûterait plus de deux mille emplois.
Le syndicat discutera la semaine prochaine des premières grèves d'avertissement sur tous les sites du groupe.
)",
         {"Afficher la légende"},
         {"Le comité d'entreprise a annoncé vendredi qu'il combattrait ce plan, qui coûterait plus de deux mille "
          "emplois."}},
    });
}

TEST_CASE("a trial subscription's offer is a promo, a sentence naming a trial is not", "[classify][notices]") {
    CHECK(is_promo_notice(std::string_view("Bestens informiert mit Stadt Plus – 4 Wochen kostenlos zur Probe lesen. "
                                           "Diese lassen sich bequem per Kreditkarte bezahlen. Jetzt bestellen")));
    CHECK(is_promo_notice(
        std::string_view("Read every story on the site. Start your free trial today and cancel at any time.")));
    CHECK_FALSE(is_promo_notice(std::string_view(
        "Die Schüler durften das neue Stück vor der Premiere im Theater zur Probe lesen, sagte die Lehrerin.")));
    CHECK_FALSE(is_promo_notice(std::string_view(
        "The trial of the two men accused of the harbour fraud will start next week, the court said today.")));
}
