// Quotes of the French, Italian and Spanish press (session 39, from a probe of invented pages): a quote opened after
// the writer's words in its paragraph and running on into the next one, a pronoun after a sentence opened by a role
// noun that describes the speaker quoted last, the head of a Swiss commune as a role. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using archive::quote_checks::body;
using archive::quote_checks::find_quote;
using archive::quote_rows::check_quotes;

TEST_CASE("a quote opened after the writer's words runs on into the next paragraph", "[quotes][quotes68]") {
    check_quotes({
        {"fr",
         {"La piscine fermera deux ans pour des travaux de rénovation complets.",
          "L'élue verte Marie Roux n'est pas de cet avis. « On aurait pu garder le bassin ouvert pendant les travaux. "
          "Les clubs vont devoir s'exiler pendant deux étés.",
          "« Personne ne nous a demandé notre avis », regrette-t-elle."},
         "On aurait pu garder le bassin ouvert pendant les travaux. Les clubs vont devoir s'exiler pendant deux étés. "
         "Personne ne nous a demandé notre avis",
         "Marie Roux",
         "elle"},
        {"it",
         {"La piscina resterà chiusa due anni per lavori di ristrutturazione.",
          "La consigliera Anna Neri non è d'accordo. «Si poteva tenere aperta la vasca durante i lavori. Le società "
          "dovranno trasferirsi per due estati.",
          "«Nessuno ci ha chiesto un parere», ha detto la consigliera."},
         "Si poteva tenere aperta la vasca durante i lavori. Le società dovranno trasferirsi per due estati. Nessuno "
         "ci ha chiesto un parere",
         "Anna Neri",
         "la consigliera"},
        {"es",
         {"La piscina permanecerá cerrada dos años por obras de reforma.",
          "La concejala Ana Ruiz no está de acuerdo: «Se podía mantener abierta la piscina durante las obras. Los "
          "clubes tendrán que irse dos veranos.",
          "«Nadie nos ha pedido opinión», dijo la concejala."},
         "Se podía mantener abierta la piscina durante las obras. Los clubes tendrán que irse dos veranos. Nadie nos "
         "ha pedido opinión",
         "Ana Ruiz",
         "la concejala"},
        // (a quote of the same speaker before it in its paragraph)
        {"en",
         {"The pool will close for two years of repairs.",
          "\u201CWe had no choice,\u201D said Ann Roe. \u201CThe pumps are sixty years old and they leak.",
          "\u201CWaiting would only have cost more,\u201D she added."},
         "The pumps are sixty years old and they leak. Waiting would only have cost more",
         "Ann Roe",
         "she"},
    });
}

TEST_CASE("a quote left open after another speaker's quote lends no words to the next speaker", "[quotes][quotes68]") {
    check_quotes({
        {"en",
         {"The pool will close for two years of repairs.",
          "\u201CWe had no choice,\u201D said Ann Roe. \u201CThe pumps are sixty years old and they leak.",
          "\u201CWaiting would only have cost more,\u201D added Tom Vale, the council's treasurer."},
         "Waiting would only have cost more",
         "Tom Vale"},
        {"fr",
         {"La piscine fermera deux ans pour des travaux de rénovation complets.",
          "« Nous n'avions pas le choix », a déclaré Marie Roux. « Les pompes ont soixante ans et elles fuient.",
          "« Attendre aurait coûté plus cher », a ajouté Paul Vidal, le trésorier de la commune."},
         "Attendre aurait coûté plus cher",
         "Paul Vidal"},
    });
}

TEST_CASE("a mark left open inside a sentence carries nothing to the next paragraph", "[quotes][quotes68]") {
    const Article a = body("fr", {"Le syndic a parlé d'« une erreur de calendrier et a quitté la salle sans un mot.",
                                  "« Nous reprendrons le dossier en mai », a déclaré Paul Vidal."});
    const auto qs = extract_quotes(a);
    const Quote* q = find_quote(qs, "Nous reprendrons le dossier en mai");
    REQUIRE(q);
    CHECK(q->speaker.value_or("") == "Paul Vidal");
}

TEST_CASE("a pronoun after a role opening a sentence is the last speaker the role describes", "[quotes][quotes68]") {
    check_quotes({
        {"fr",
         {"« Personne ne sera perdant », a assuré Anne Morel. « Le texte protège les carrières longues », a-t-elle "
          "ajouté.",
          "La ministre a aussi répondu aux syndicats. « Ma porte reste ouverte », a-t-elle déclaré."},
         "Ma porte reste ouverte",
         "Anne Morel",
         "elle"},
        {"de",
         {"\u201ENiemand wird verlieren\u201C, sagte Anna Berg. \u201EDas ist gerecht\u201C, f\u00FCgte sie hinzu.",
          "Die Ministerin antwortete auch den Gewerkschaften. \u201EMeine T\u00FCr bleibt offen\u201C, sagte sie."},
         "Meine T\u00FCr bleibt offen",
         "Anna Berg",
         "sie"},
        // (the role's holder is not the last speaker: nobody the text names)
        {"fr",
         {"« Personne ne sera perdant », a assuré Paul Morel. « Le texte est juste », a-t-il ajouté.",
          "Anne Vidal dirige le syndicat depuis vingt ans.",
          "Le conseiller chargé du dossier nous a reçus. « Ma porte reste ouverte », a-t-il déclaré."},
         "Ma porte reste ouverte",
         "",
         "il"},
    });
}

TEST_CASE("the head of a Swiss commune is a role", "[quotes][quotes68]") {
    check_quotes({
        {"fr",
         {"Le syndic Paul Junod défend le projet de nouvelle piscine depuis deux ans.",
          "Le syndic répond que les clubs ont été consultés dès l'automne."},
         "les clubs ont été consultés dès l'automne",
         "Paul Junod",
         "Le syndic"},
        {"fr",
         {"La syndique Anne Morel défend le projet de nouvelle piscine depuis deux ans.",
          "« Les clubs ont été consultés », a précisé la syndique."},
         "Les clubs ont été consultés",
         "Anne Morel",
         "la syndique"},
        // (the same kind in Italian, read before)
        {"it",
         {"Il sindaco Marco Neri difende il progetto della nuova piscina da due anni.",
          "«Le società sono state consultate», ha precisato il sindaco."},
         "Le società sono state consultate",
         "Marco Neri",
         "il sindaco"},
    });
}

TEST_CASE("accusing someone of quoted words is a cue", "[quotes][quotes68]") {
    check_quotes({
        {"es",
         {"El portavoz del PP, Juan Bravo, le acusó de «vivir en otra realidad» durante la sesión."},
         "vivir en otra realidad",
         "Juan Bravo",
         "El portavoz del PP, Juan Bravo"},
        {"it",
         {"Il capogruppo del Pd Marco Neri lo ha accusato di «vivere in un'altra realtà» durante il dibattito."},
         "vivere in un'altra realtà",
         "Marco Neri",
         "Il capogruppo del Pd Marco Neri"},
        // (the same kind in English, read before)
        {"en",
         {"The Republican leader, John Hale, accused him of \u201Cliving in another world\u201D during the debate."},
         "living in another world",
         "John Hale"},
    });
    // (an accusation with no quoted words reports nobody's words)
    CHECK(extract_quotes(body("es", {"El fiscal acusa al empresario de fraude fiscal y pide tres años de prisión."}))
              .empty());
    CHECK(extract_quotes(body("it", {"Il pm accusa l'imprenditore di frode fiscale e chiede tre anni di carcere."}))
              .empty());
}

TEST_CASE("a given name alone in apposition names the speaker", "[quotes][quotes68]") {
    check_quotes({
        {"fr",
         {"« Toutes les familles seront relogées », a déclaré le maire Paul Vidal.",
          "Une habitante du troisième étage, Sophie, raconte : « J'ai pris mes enfants et on est sortis. »"},
         "J'ai pris mes enfants et on est sortis.",
         "Sophie",
         "Une habitante du troisième étage, Sophie"},
        {"fr",
         {"« Toutes les familles seront relogées », a déclaré le maire Paul Vidal.",
          "« J'ai pris mes enfants et on est sortis », raconte une habitante du troisième étage, Sophie."},
         "J'ai pris mes enfants et on est sortis",
         "Sophie",
         "une habitante du troisième étage, Sophie"},
        {"es",
         {"«Todas las familias serán realojadas», dijo el alcalde Pedro Ruiz.",
          "Una vecina del barrio, Carmen, cuenta: «Cogí a mis hijos y salimos a la calle»."},
         "Cogí a mis hijos y salimos a la calle",
         "Carmen",
         "Una vecina del barrio, Carmen"},
        {"it",
         {"«Tutte le famiglie avranno una casa», ha detto il sindaco Paolo Neri.",
          "«Ho preso i miei figli e siamo scesi in strada», racconta un residente del terzo piano, Marco."},
         "Ho preso i miei figli e siamo scesi in strada",
         "Marco",
         "un residente del terzo piano, Marco"},
        // (a capitalised word that is no given name: a place, no person)
        {"fr",
         {"« Toutes les familles seront relogées », a déclaré le maire Paul Vidal.",
          "« J'ai pris mes enfants et on est sortis », raconte une habitante de la commune, Vevey."},
         "J'ai pris mes enfants et on est sortis",
         ""},
    });
}
