// Speakers once given to the wrong person: a possessive opening an apposition before the name ("Haar uitgever, Joost
// Dekema, noemt"), and a plural noun capitalised at a sentence's start before a plural cue ("Aliados dizem que",
// "Alleati dicono che", "Allies say", "Officials said"), which names a group, no one; a Dutch document holding the
// quoted words ("„Q“, staat in het vonnis"); a trade of the arts before a name ("Schrijfster Marit Hoekstra zegt");
// a counsel who "told the court his client had ...". Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a possessive opening an apposition leaves the name after it the speaker", "[quotes][quotes119]") {
    check_quotes({
        {"nl",
         {"De schrijfster Marit Hoekstra brengt na tien jaar een nieuwe roman uit.",
          "Haar uitgever, Joost Dekema, noemt het boek 'haar beste werk tot nu toe'."},
         "haar beste werk tot nu toe",
         "Joost Dekema",
         "Haar uitgever, Joost Dekema"},
        {"en",
         {"Novelist Marit Holloway publishes a new novel after ten years.",
          "Her publisher, Joss Dekker, calls the book \"her best work so far\"."},
         "her best work so far",
         "Joss Dekker",
         "Her publisher, Joss Dekker"},
        {"de",
         {"Die Schriftstellerin Marit Holzer bringt nach zehn Jahren einen neuen Roman heraus.",
          "Ihr Verleger, Jost Deker, nennt das Buch „ihr bestes Werk bisher“."},
         "ihr bestes Werk bisher",
         "Jost Deker",
         "Ihr Verleger, Jost Deker"},
        // (near misses: the pronoun as the subject still stands for the woman named before)
        {"nl",
         {"De schrijfster Marit Hoekstra brengt na tien jaar een nieuwe roman uit.",
          "Zij noemt het boek 'haar moeilijkste werk tot nu toe'."},
         "haar moeilijkste werk tot nu toe",
         "Marit Hoekstra"},
        {"nl",
         {"De schrijfster Marit Hoekstra brengt na tien jaar een nieuwe roman uit.",
          "Volgens haar is het 'een boek over verlies'."},
         "een boek over verlies",
         "Marit Hoekstra"},
    });
}

TEST_CASE("a plural noun opening a sentence before a plural cue names a group, no one", "[quotes][quotes119]") {
    check_quotes({
        {"pt",
         {"A prefeita Lindalva Prado foi vereadora por dois mandatos. Aliados dizem que ela pode disputar o governo "
          "estadual."},
         "ela pode disputar o governo estadual",
         ""},
        {"pt",
         {"A prefeita Lindalva Prado foi vereadora por dois mandatos. Moradores afirmam que ela pode disputar o "
          "governo estadual."},
         "ela pode disputar o governo estadual",
         ""},
        {"it",
         {"La sindaca Linda Prati è stata consigliera per due mandati. Alleati dicono che potrebbe candidarsi alla "
          "regione."},
         "potrebbe candidarsi alla regione",
         ""},
        // (near misses: a name before a verb in the singular, a name the page gave a person before a plural verb)
        {"pt",
         {"A prefeita Lindalva Prado foi vereadora por dois mandatos. Marcos diz que ela pode disputar o governo "
          "estadual."},
         "ela pode disputar o governo estadual",
         "Marcos"},
        {"pt",
         {"O deputado Rui Matos e a irmã apoiam a prefeita. Matos dizem que ela pode disputar o governo estadual."},
         "ela pode disputar o governo estadual",
         "Rui Matos"},
        {"it",
         {"La sindaca Linda Prati è stata consigliera per due mandati. Marchi dice che potrebbe candidarsi alla "
          "regione."},
         "potrebbe candidarsi alla regione",
         "Marchi"},
    });
}

TEST_CASE("a role no one was named with is not the person its sentence tells of", "[quotes][quotes119]") {
    check_quotes({
        {"nl",
         {"De rechtbank in Gent heeft Koen Verbeke (52) veroordeeld tot twintig jaar cel.",
          "Volgens de rechter handelde Verbeke met voorbedachten rade."},
         "handelde Verbeke met voorbedachten rade",
         "",
         "de rechter"},
        {"en",
         {"The Crown Court in Westbury sentenced Colin Varley (52) to twenty years.",
          "According to the judge, Varley acted with premeditation."},
         "Varley acted with premeditation",
         "",
         "the judge"},
        {"fr",
         {"Le tribunal de Chartres a condamné Karl Verdier (52 ans) à vingt ans de prison.",
          "Selon le juge, Verdier a agi avec préméditation."},
         "Verdier a agi avec préméditation",
         "",
         "le juge"},
        {"de",
         {"Das Landgericht hat Karl Vesper (52) zu zwanzig Jahren Haft verurteilt.",
          "Laut dem Richter handelte Vesper mit Vorsatz."},
         "handelte Vesper mit Vorsatz",
         "",
         "dem Richter"},
        // (no according phrase: the sentence after the role tells of the person named before, who is not the role)
        {"en",
         {"The court heard Colin Varley on Monday.", "The judge said Varley showed no remorse."},
         "Varley showed no remorse",
         ""},
        {"fr",
         {"Le tribunal a entendu Karl Verdier lundi.", "Le juge a estimé que Verdier n’avait montré aucun remords."},
         "Verdier n’avait montré aucun remords",
         ""},
        {"de",
         {"Das Gericht hörte Karl Vesper am Montag.", "Der Richter sagte, Vesper habe keine Reue gezeigt."},
         "Vesper habe keine Reue gezeigt",
         ""},
        // (near misses: the role's sentence names no one else, and the person named before may hold it)
        {"en",
         {"The court heard Colin Varley on Monday.", "\"I acted in fear,\" the defendant said."},
         "I acted in fear",
         "Colin Varley"},
        {"fr",
         {"Le tribunal a entendu Karl Verdier lundi.", "« J'ai agi par peur », a déclaré l'accusé."},
         "J'ai agi par peur",
         "Karl Verdier"},
    });
}

TEST_CASE("a capitalised plural group opening the sentence before its cue names no one", "[quotes][quotes104]") {
    check_quotes({
        // (a listed group word, a role noun's plural, a plural before a present cue in its bare form)
        {"en",
         {"Mayor Tobin Ashgrove has led the council of Port Velling for ten years. Allies say he has found the money "
          "for the dredging."},
         "he has found the money for the dredging",
         "",
         "Allies"},
        {"en",
         {"Mayor Tobin Ashgrove has led the council of Port Velling for ten years. Officials said the first contracts "
          "would be signed in the spring."},
         "the first contracts would be signed in the spring",
         ""},
        {"en",
         {"Mayor Tobin Ashgrove has led the council of Port Velling for ten years. Anglers say the new quay is "
          "too short for their boats."},
         "the new quay is too short for their boats",
         ""},
        {"es",
         {"La alcaldesa Irene Cabezudo gobierna Velmar desde hace diez años. Aliados dicen que ha encontrado el "
          "dinero para el dragado."},
         "ha encontrado el dinero para el dragado",
         "",
         "Aliados"},
        // (near misses: a surname in -s before a verb in the singular or in the past names its bearer)
        {"en",
         {"Mayor Tobin Ashgrove has led the council of Port Velling for ten years. Jones says the vote was close."},
         "the vote was close",
         "Jones"},
        {"en",
         {"Mayor Tobin Ashgrove has led the council of Port Velling for ten years. Jones said the vote was close."},
         "the vote was close",
         "Jones"},
        {"es",
         {"La alcaldesa Irene Cabezudo gobierna Velmar desde hace diez años. Morales dijo que la votación fue muy "
          "ajustada."},
         "la votación fue muy ajustada",
         "Morales"},
    });
}

TEST_CASE("a Dutch text holding the quoted words is no speaker", "[quotes][quotes104]") {
    check_quotes({
        {"nl",
         {"De rechtbank heeft Henk Dijkstra veroordeeld tot twaalf jaar cel.",
          "„De verdachte heeft het leven van zijn buren bewust in gevaar gebracht”, staat in het vonnis."},
         "De verdachte heeft het leven van zijn buren bewust in gevaar gebracht",
         "",
         "het vonnis"},
        {"nl",
         {"De rechtbank heeft Henk Dijkstra veroordeeld tot twaalf jaar cel.",
          "In de brief van de burgemeester staat: „De loods had nooit gebouwd mogen worden.”"},
         "De loods had nooit gebouwd mogen worden.",
         ""},
        // (near miss: a person speaking in a place is still the speaker)
        {"nl",
         {"De rechtbank heeft Henk Dijkstra veroordeeld tot twaalf jaar cel.",
          "„Ik heb niets aangestoken”, zei Henk Dijkstra in de rechtszaal."},
         "Ik heb niets aangestoken",
         "Henk Dijkstra"},
    });
    // (the German and English documents: a phrase after the verb too, "steht im Urteil")
    check_quotes({
        {"de",
         {"Das Landgericht hat Henrik Dorfler zu zwölf Jahren Haft verurteilt.",
          "„Der Angeklagte hat das Leben seiner Nachbarn bewusst gefährdet“, heißt es im Urteil."},
         "Der Angeklagte hat das Leben seiner Nachbarn bewusst gefährdet",
         ""},
        {"de",
         {"Das Landgericht hat Henrik Dorfler zu zwölf Jahren Haft verurteilt.",
          "„Der Angeklagte hat das Leben seiner Nachbarn bewusst gefährdet“, steht im Urteil."},
         "Der Angeklagte hat das Leben seiner Nachbarn bewusst gefährdet",
         "",
         "Urteil"},
        {"en",
         {"Tom Hargreave has lost his appeal over the boundary of a field.",
          "\"The appellant has shown no evidence that the hedge was a boundary,\" the ruling says."},
         "The appellant has shown no evidence that the hedge was a boundary",
         "",
         "the ruling"},
    });
}

TEST_CASE("a trade of the arts opening the sentence before a name is the role, not the name", "[quotes][quotes104]") {
    check_quotes({
        {"nl",
         {"Een boek over een boerderij in de polder verschijnt volgende week.",
          "Schrijfster Marit Hoekstra zegt dat ze tien jaar aan het boek heeft gewerkt."},
         "ze tien jaar aan het boek heeft gewerkt",
         "Marit Hoekstra"},
        {"en",
         {"A book about a farm on the marsh comes out next week.",
          "Novelist Anke Fielding said the book had grown too long."},
         "the book had grown too long",
         "Anke Fielding"},
        // (near miss: a capitalised first name that is no role stays in the name)
        {"nl",
         {"Een boek over een boerderij in de polder verschijnt volgende week.",
          "Marit Hoekstra zegt dat ze tien jaar aan het boek heeft gewerkt."},
         "ze tien jaar aan het boek heeft gewerkt",
         "Marit Hoekstra"},
    });
}

TEST_CASE("a counsel told the court a clause its possessive opens, and SC or BL is no part of the name",
          "[quotes][quotes104]") {
    check_quotes({
        {"en",
         {"A Kilbarry man has been jailed for four years for selling tractors he did not own.",
          "Fergal Noonan SC told the court his client had a gambling addiction."},
         "his client had a gambling addiction",
         "Fergal Noonan"},
        {"en",
         {"A Kilbarry man has been jailed for four years for selling tractors he did not own.",
          "Orla Brennan BL told the tribunal her client was deeply ashamed."},
         "her client was deeply ashamed",
         "Orla Brennan"},
    });
    // (near miss: a preposition after the one told opens no clause)
    const auto qs = extract_quotes(page("en", "", {"A Kilbarry man has been jailed for selling tractors he did not own.",
                                                   "Fergal Noonan told the court about his client's gambling debts."}));
    CHECK(qs.empty());
}
