// Table-driven tests of speakers that are bodies or people around them, on invented sentences in several languages:
// an unnamed spokesman of a body is no one named before, a body's name runs over "and", an acronym in brackets names
// a body whose words spell it, an adverb after the cue is no part of the speaker, a nickname in marks stays inside
// a name.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("what an unnamed spokesman's role is of does not make them a person described with a like word",
          "[quotes][speakers][unnamed][bodies]") {
    // "council" / "Councillor", "Stadt" / "Stadtrat", "mairie" / "maire": the body the spokesman speaks for is spelled
    // like the role of someone named before, who holds another role and is not meant.
    check_quotes({
        {"en",
         {"Its chairman, Councillor Peter Vance, said the ports were among the few places where savings were possible.",
          "A spokeswoman for the council said tenants had \"coped better than anyone feared\" over the winter."},
         "coped better than anyone feared", ""},
        {"de",
         {"Sein Vorsitzender, Stadtrat Klaus Berger, sagte, die Abfuhr sei einer der wenigen Posten zum Sparen.",
          "Ein Sprecher der Stadt sagte, die Mieter seien „besser zurechtgekommen als befürchtet“."},
         "besser zurechtgekommen als befürchtet", ""},
        {"fr",
         {"Son président, le conseiller Paul Girard, a déclaré que les ports étaient parmi les rares postes d'économies.",
          "Un porte-parole du conseil a déclaré que les locataires s'étaient « mieux débrouillés que prévu »."},
         "mieux débrouillés que prévu", ""},
        // (the same role said again is still that nobody, and not the person named before)
        {"en",
         {"Its chairman, Councillor Peter Vance, said the ports were among the few places where savings were possible.",
          "A spokeswoman for the council said tenants had \"coped better than anyone feared\" over the winter.",
          "\"We will keep the bins going,\" a spokeswoman said."},
         "We will keep the bins going", ""},
    });
    // A role brought in with an indefinite article is someone new, although what it is of describes a person named
    // before.
    check_quotes({
        {"en",
         {"Ann Roe, of the dockers' union, called the offer an insult on Monday.",
          "A spokesman for the union said the talks would \"go on all week\"."},
         "go on all week", ""},
        {"fr",
         {"Anne Roux, du syndicat des dockers, a qualifié l'offre d'insulte lundi.",
          "Un porte-parole du syndicat a déclaré que les discussions allaient « durer toute la semaine »."},
         "durer toute la semaine", ""},
    });
    // The role itself still finds the person described with it and the body ("the leader of the union" after "union
    // leader Ann Roe").
    check_quotes({
        {"en",
         {"Union leader Ann Roe called the offer an insult on Monday.",
          "\"We will not sign this,\" the leader of the union said."},
         "We will not sign this", "Ann Roe"},
    });
}

TEST_CASE("a body's name goes on over the word joining two parts of what it is of", "[quotes][speakers][bodies]") {
    check_quotes({
        {"en",
         {"The Department for Roads and Bridges said lanes had been given a 6 per cent rise in funding this year."},
         "lanes had been given a 6 per cent rise in funding this year", "Department for Roads and Bridges",
         "The Department for Roads and Bridges"},
        {"en",
         {"\"The ferries will run again in March,\" said the Ministry of Harbours and Coasts."},
         "The ferries will run again in March", "Ministry of Harbours and Coasts"},
        {"de",
         {"Das Amt für Forst und Jagd sagte, die Gemeinden hätten sechs Prozent mehr Geld erhalten."},
         "die Gemeinden hätten sechs Prozent mehr Geld erhalten", "Amt für Forst und Jagd"},
        {"de",
         {"„Die Fähren fahren ab März wieder“, sagte das Amt für Forst und Jagd."},
         "Die Fähren fahren ab März wieder", "Amt für Forst und Jagd"},
        {"fr",
         {"Le Ministère de la Mer et de la Pêche a affirmé que les ports avaient reçu six pour cent de plus."},
         "les ports avaient reçu six pour cent de plus", "Ministère de la Mer et de la Pêche"},
        // (a body's noun in lower case opens its name too)
        {"fr",
         {"« Les bacs reprendront en mars », a déclaré le ministère de la Mer et de la Pêche."},
         "Les bacs reprendront en mars", "ministère de la Mer et de la Pêche"},
    });
    // "and" before a person's name or role joins two speakers, not two parts of a name.
    check_quotes({
        {"en",
         {"The Ministry of Harbours and Mayor Tom Vale said the ferries would run again in March."},
         "the ferries would run again in March", "Tom Vale"},
    });
}

TEST_CASE("an acronym in brackets names the body whose words spell it, a compound's parts or lower-case words too",
          "[quotes][speakers][names][bodies]") {
    check_quotes({
        {"de",
         {"Die Nordische Wetterbeobachtung (NWB) teilte am Montag mit, der Sturm ziehe nach Osten.",
          "„Die Lage ist ruhig“, sagte die NWB am Abend."},
         "Die Lage ist ruhig", "Nordische Wetterbeobachtung"},
        {"de",
         {"Der Landesfischereiverband (LFV) teilte am Montag mit, der Fang sei gut gewesen.",
          "„Die Netze sind voll“, sagte der LFV am Abend."},
         "Die Netze sind voll", "Landesfischereiverband"},
        {"fr",
         {"La Direction régionale des routes côtières (DRRC) a annoncé lundi que la route était rouverte.",
          "« Il n'y a plus de danger », a précisé la DRRC."},
         "Il n'y a plus de danger", "Direction régionale des routes côtières"},
        // (another bracket before the acronym's: the unit is still read for it)
        {"de",
         {"Am Hafen (Nordmole) teilte der Seenotrettungsverein (SRV) am Montag mit, die Boote seien bereit.",
          "„Wir fahren bei jedem Wetter“, sagte der SRV am Abend."},
         "Wir fahren bei jedem Wetter", "Seenotrettungsverein"},
        // (two acronyms in brackets in one unit: each bracket is read, in order)
        {"de",
         {"Der Landesimkerverband (LIV) und die Kreisjägerschaft (KJS) teilten am Montag mit, die Saison beginne.",
          "„Wir sind bereit“, sagte die KJS am Abend."},
         "Wir sind bereit", "Kreisjägerschaft"},
    });
    // A person's name before a party's acronym spells no part of it: the acronym stays itself.
    check_quotes({
        {"de",
         {"Die Abgeordnete Susanne Paduwer (SPD) sagte am Montag, sie sei zufrieden.",
          "„Das ist ein guter Tag“, sagte die SPD."},
         "Das ist ein guter Tag", "SPD"},
    });
}

TEST_CASE("an adverb after the cue and the speaker is no part of the speaker", "[quotes][speakers][mentions]") {
    check_quotes({
        {"de",
         {"„Es gibt keine Gefahr mehr“, erklärte die Bahnaufsicht weiter."},
         "Es gibt keine Gefahr mehr", "Bahnaufsicht", "die Bahnaufsicht"},
        {"de",
         {"„Die Lage ist ruhig“, sagte Jana Roloff zudem."},
         "Die Lage ist ruhig", "Jana Roloff", "Jana Roloff"},
        {"fr",
         {"« La route est rouverte », a précisé Jeanne Vautrin également."},
         "La route est rouverte", "Jeanne Vautrin", "Jeanne Vautrin"},
        {"en",
         {"\"The road is open again,\" said Tom Vale also."},
         "The road is open again", "Tom Vale", "Tom Vale"},
    });
}

TEST_CASE("a nickname in quote marks inside a name keeps the full name, found by the surname later",
          "[quotes][speakers][names]") {
    check_quotes({
        {"en",
         {"The organiser, Ellen \u201CNell\u201D Brooks, opened the fete on Saturday.",
          "\"We have waited long enough,\" Brooks said."},
         "We have waited long enough", "Ellen \u201CNell\u201D Brooks"},
        {"en",
         {"The organiser, Ellen \"Nell\" Brooks, opened the fete on Saturday.",
          "\"We have waited long enough,\" Nell Brooks said."},
         "We have waited long enough", "Ellen \"Nell\" Brooks"},
        {"fr",
         {"L'organisateur, Jean « Jeannot » Marceau, a ouvert la fête samedi.",
          "« Nous avons assez attendu », a dit Marceau."},
         "Nous avons assez attendu", "Jean « Jeannot » Marceau"},
        {"de",
         {"Der Organisator Hans „Hansi“ Meierling eröffnete das Fest am Samstag.",
          "„Wir haben lange genug gewartet“, sagte Meierling."},
         "Wir haben lange genug gewartet", "Hans „Hansi“ Meierling"},
    });
    // A brother named with the same given name and another second name is someone else.
    check_quotes({
        {"es",
         {"El expresidente Juan Orlando Delgadillo viajó el lunes a la capital.",
          "Su hermano, Juan Antonio “Toño” Delgadillo, fue juzgado en 2019.",
          "«Soy inocente», dijo Juan Orlando Delgadillo."},
         "Soy inocente", "Juan Orlando Delgadillo"},
        {"en",
         {"Former governor John Robert Vale flew to the capital on Monday.",
          "His brother, John Anthony \u201CTony\u201D Vale, was tried in 2019.",
          "\"I am innocent,\" said John Robert Vale."},
         "I am innocent", "John Robert Vale"},
    });
}

TEST_CASE("a body's name after \"according to\" is read as the subject's is, up to the verb", "[quotes][speakers][bodies]") {
    // (where the verb comes second, it follows the body's name at once)
    check_quotes({
        {"de", {"Laut dem Amt für Forst und Jagd ist die Luft „so sauber wie nie“."}, "so sauber wie nie",
         "Amt für Forst und Jagd", "dem Amt für Forst und Jagd"},
        {"de", {"Laut dem Amt für Wald ist die Luft „so sauber wie nie“."}, "so sauber wie nie", "Amt für Wald",
         "dem Amt für Wald"},
        // (a body's noun opening the mention, with no article)
        {"de", {"Laut Amt für Forst und Jagd ist die Luft „so sauber wie nie“."}, "so sauber wie nie",
         "Amt für Forst und Jagd", "Amt für Forst und Jagd"},
        {"nl", {"Volgens het Ministerie van Landbouw en Visserij is de lucht „schoner dan ooit“."}, "schoner dan ooit",
         "Ministerie van Landbouw en Visserij"},
    });
}

TEST_CASE("a body named by the place it governs speaks as a whole, not the place", "[quotes][speakers][bodies]") {
    check_quotes({
        {"fr", {"La mairie de Lyon a indiqué que l'eau était « plus propre que jamais »."}, "plus propre que jamais",
         "mairie de Lyon"},
        {"fr", {"« L'eau est plus propre que jamais », a indiqué la mairie de Port-Vallon."},
         "L'eau est plus propre que jamais", "mairie de Port-Vallon"},
        {"es", {"«El agua está más limpia que nunca», dijo la alcaldía de Santa Rita."}, "El agua está más limpia que nunca",
         "alcaldía de Santa Rita"},
        {"it", {"«L'acqua è più pulita che mai», ha detto il comune di Pisa."}, "L'acqua è più pulita che mai",
         "comune di Pisa"},
        {"en", {"\"The water is cleaner than ever,\" the city of Leeds said."}, "The water is cleaner than ever",
         "city of Leeds"},
        {"pt", {"«A água está mais limpa do que nunca», disse a prefeitura de Santos."},
         "A água está mais limpa do que nunca", "prefeitura de Santos"},
    });
}
