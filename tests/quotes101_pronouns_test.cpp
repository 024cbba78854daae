// Which person a pronoun stands for. A Dutch job noun of the common form ("woordvoerder", "voorzitter", "directeur")
// names a woman as often as a man: it gives the person named after it no gender, and "zei ze" after "Woordvoerder
// Lotte de Wit zegt dat ..." stands for her, the nearest person, not for someone who spoke before her. A word that
// is a man's alone ("topman", "spokesman", "Sprecher" against "Sprecherin") still gives one.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a Dutch job noun of the common form gives no gender: the pronoun stands for the nearest person",
          "[quotes][quotes101]") {
    check_quotes({
        // (a body spoke before her: the pronoun is not turned to it)
        {"nl",
         {"Niet iedereen is blij. De Vogelbescherming noemt het plan \u2018te laat\u2019. Woordvoerder Lotte de Wit "
          "zegt dat de weidevogels al jaren verdwijnen.",
          "\u2018We kunnen niet nog tien jaar wachten\u2019, zei ze."},
         "We kunnen niet nog tien jaar wachten", "Lotte de Wit", "ze"},
        // (a man spoke before her)
        {"nl",
         {"\u2018Het dak moet eraf\u2019, zei aannemer Kees Visser. Voorzitter Anna Bakker van de huurdersvereniging "
          "zegt dat de bewoners niets wisten.",
          "\u2018Niemand heeft ons iets gevraagd\u2019, zei ze."},
         "Niemand heeft ons iets gevraagd", "Anna Bakker", "ze"},
        // (and "zei hij" after the same noun still stands for him)
        {"nl",
         {"Directeur Tom Smit zegt dat de school open blijft.", "\u2018De lessen gaan gewoon door\u2019, zei hij."},
         "De lessen gaan gewoon door", "Tom Smit", "hij"},
        // (guards: a man's word alone still gives a gender, in Dutch, English and German)
        {"nl",
         {"\u2018Het dak moet eraf\u2019, zei aannemer Sanne Visser. Topman Kees de Boer zegt dat de bouw "
          "doorgaat.",
          "\u2018We hebben geen keus\u2019, zei ze."},
         "We hebben geen keus", "Sanne Visser", "ze"},
        {"en",
         {"\u201CThe roof has to go,\u201D said builder Sarah Lane. Spokesman Tom Reid says the work will go on.",
          "\u201CWe have no choice,\u201D she said."},
         "We have no choice", "Sarah Lane", "she"},
        {"de",
         {"\u201EDas Dach muss weg\u201C, sagte die Bauleiterin Anna Roth. Sprecher Tom Berg sagt, die Arbeiten "
          "gingen weiter.",
          "\u201EWir haben keine Wahl\u201C, sagte sie."},
         "Wir haben keine Wahl", "Anna Roth", "sie"},
    });
}

// "La cinéaste, fille d'agriculteurs elle-même, évite [...] « Q », expliquait-elle": a trade of the cinema opening
// the sentence with no name is its own subject; the pronoun is not the actress named in the paragraph before.
TEST_CASE("a film-maker's noun opening the sentence holds the pronoun after it, not the woman named before",
          "[quotes][quotes101]") {
    check_quotes({
        {"fr",
         {"Dans ce film, Paul (Marc Ravel) vend sa ferme sous le regard de sa fille (Julie Caron).",
          "La cin\u00E9aste, n\u00E9e dans une ferme elle-m\u00EAme, \u00E9vite le pathos. \u00AB Je voulais "
          "filmer des gens debout \u00BB, expliquait-elle."},
         "Je voulais filmer des gens debout", ""},
        // (named with the noun before, she is its holder)
        {"fr",
         {"La cin\u00E9aste Claire Noval tourne dans le Cantal. Paul (Marc Ravel) vend sa ferme sous le regard de "
          "sa fille (Julie Caron).",
          "La cin\u00E9aste, n\u00E9e dans une ferme elle-m\u00EAme, \u00E9vite le pathos. \u00AB Je voulais "
          "filmer des gens debout \u00BB, expliquait-elle."},
         "Je voulais filmer des gens debout", "Claire Noval"},
        {"es",
         {"La cineasta Clara Nieto rueda en Asturias. Pablo (Marcos Ruiz) vende su granja ante su hija (Julia "
          "Caro).",
          "La cineasta, hija de ganaderos, evita el drama. \u00ABQuer\u00EDa filmar a gente de pie\u00BB, "
          "explic\u00F3 ella."},
         "Quer\u00EDa filmar a gente de pie", "Clara Nieto"},
        {"de",
         {"Die Regisseurin Clara Noll dreht im Allg\u00E4u. Paul (Markus Rahn) verkauft seinen Hof vor den Augen "
          "seiner Tochter (Julia Kern).",
          "Die Regisseurin, selbst Tochter eines Bauern, meidet das Pathos. \u201EIch wollte Menschen zeigen, die "
          "stehen\u201C, sagte sie."},
         "Ich wollte Menschen zeigen, die stehen", "Clara Noll"},
    });
}

// "Oma Gerda ist stolz: „Q“" after "Gerda Pfeiffer (81) hat ...": a kin word before one given name is what the
// text calls the person whose full name opens with that name; the speaker is the full name.
TEST_CASE("a kin word before a given name is the person of the full name opening with it",
          "[quotes][quotes101]") {
    check_quotes({
        {"de",
         {"Die Betr\u00FCger hatten die Rechnung ohne Oma Gerda gemacht.",
          "Gerda Pfeiffer (81) aus Leipzig hat die Bande auffliegen lassen.",
          "Oma Gerda ist stolz \u2013 und m\u00FCde: \u201EJetzt brauche ich erst mal einen Kaffee.\u201C Dann "
          "lacht Oma Gerda und sagt: \u201EDas war ein Tag.\u201C"},
         "Das war ein Tag.", "Gerda Pfeiffer"},
        {"en",
         {"Nobody had reckoned with Uncle Bob.", "Bob Hale, 74, called the police himself.",
          "\u201CThey picked the wrong man,\u201D said Uncle Bob."},
         "They picked the wrong man", "Bob Hale"},
        {"fr",
         {"Les escrocs n'avaient pas pr\u00E9vu Tante Lucie.", "Lucie Marchal, 80 ans, a appel\u00E9 la police.",
          "\u00AB Ils sont tomb\u00E9s sur la mauvaise personne \u00BB, a dit Tante Lucie."},
         "Ils sont tomb\u00E9s sur la mauvaise personne", "Lucie Marchal"},
        // (guard: no full name opens with the given name, the kin word stays in the name)
        {"de",
         {"Oma Gerda (81) aus Leipzig hat die Bande auffliegen lassen.",
          "\u201EDas war ein Tag\u201C, sagt Oma Gerda."},
         "Das war ein Tag", "Oma Gerda"},
    });
}
