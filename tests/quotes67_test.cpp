// Quotes and speakers, the kinds left open in fr, de, nl and pl (session 39): a time adverb closing the words after the
// cue, a deputy's or a delegate's role before its field and name, a verb of fearing or of manner inverted with its
// pronoun, a short given name in an oblique case before the surname, a separable cue closing the sentence after
// reported words, an opinion lead ending in a role's lower-case field. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quotes;

TEST_CASE("a time adverb closing the words after the cue is no part of the mention", "[quotes][quotes67]") {
    check_quotes({
        {"de",
         {"Die Stadt plant neue Regeln f\u00FCr den Hafen und die Anlieger im Sommer.",
          "\u201EWir pr\u00FCfen alle Vorschl\u00E4ge sorgf\u00E4ltig\u201C, sagte M\u00FCllers Sprecher sp\u00E4ter."},
         "Wir pr\u00FCfen alle Vorschl\u00E4ge sorgf\u00E4ltig",
         "Sprecher",
         "M\u00FCllers Sprecher"},
        {"de",
         {"Die Stadt plant neue Regeln f\u00FCr den Hafen und die Anlieger im Sommer.",
          "\u201EDas wird noch dauern\u201C, erkl\u00E4rte Ministerin Anna Berg zuvor."},
         "Das wird noch dauern",
         "Anna Berg",
         "Ministerin Anna Berg"},
        {"pl",
         {"Miasto przygotowuje nowe zasady dla portu i mieszka\u0144c\u00F3w na lato.",
          "\u201EAnalizujemy wszystkie propozycje\u201D \u2013 powiedzia\u0142a rzeczniczka portu Ewa Nowak p\u00F3\u017Aniej."},
         "Analizujemy wszystkie propozycje",
         "Ewa Nowak",
         "rzeczniczka portu Ewa Nowak"},
        // (the same kind in English, read before)
        {"en",
         {"The city is preparing new rules for the port and its residents this summer.",
          "\"We are studying every proposal,\" said the mayor's spokesman, Tom Vale, later."},
         "We are studying every proposal",
         "Tom Vale"},
    });
}

TEST_CASE("a deputy's or a delegate's role, its field and the name after it are the mention", "[quotes][quotes67]") {
    check_quotes({
        {"fr",
         {"La ville pr\u00E9pare de nouvelles r\u00E8gles pour le port et les riverains cet \u00E9t\u00E9.",
          "\u00AB Nous \u00E9tudions toutes les propositions \u00BB, a expliqu\u00E9 l'adjointe au Commerce Marie Roux."},
         "Nous \u00E9tudions toutes les propositions",
         "Marie Roux",
         "l'adjointe au Commerce Marie Roux"},
        {"fr",
         {"La ville pr\u00E9pare de nouvelles r\u00E8gles pour le port et les riverains cet \u00E9t\u00E9.",
          "\u00AB Le stade restera ouvert tout l'\u00E9t\u00E9 \u00BB, a pr\u00E9cis\u00E9 l'adjoint \u00E0 la Culture Paul Vidal."},
         "Le stade restera ouvert tout l'\u00E9t\u00E9",
         "Paul Vidal",
         "l'adjoint \u00E0 la Culture Paul Vidal"},
        // (the same kind in Italian, read before)
        {"it",
         {"Il Comune prepara nuove regole per il porto e i residenti per l'estate.",
          "\u00ABStiamo valutando tutte le proposte\u00BB, ha spiegato l'assessore al Commercio Marco Rinaldi."},
         "Stiamo valutando tutte le proposte",
         "Marco Rinaldi",
         "l'assessore al Commercio Marco Rinaldi"},
    });
}

TEST_CASE("a verb of fearing or of manner right after the quote is its cue, inverted with its pronoun too",
          "[quotes][quotes67]") {
    check_quotes({
        {"fr",
         {"La maire Anne Vidal pr\u00E9sente de nouvelles r\u00E8gles pour le port.",
          "\u00AB Nous risquons de perdre des commerces \u00BB, craint-elle."},
         "Nous risquons de perdre des commerces",
         "Anne Vidal",
         "elle"},
        {"fr",
         {"La maire Anne Vidal pr\u00E9sente de nouvelles r\u00E8gles pour le port.",
          "\u00AB Ce sera long \u00BB, soupire-t-elle."},
         "Ce sera long",
         "Anne Vidal",
         "elle"},
        {"fr",
         {"Le maire Paul Roux pr\u00E9sente de nouvelles r\u00E8gles pour le port.",
          "\u00AB Les commerces vont fermer \u00BB, redoute le maire."},
         "Les commerces vont fermer",
         "Paul Roux",
         "le maire"},
        // (the same kind in Spanish and German, read before)
        {"es",
         {"La alcaldesa Marta Gil presenta nuevas reglas para el puerto.",
          "\u00ABVamos a perder comercios\u00BB, teme la alcaldesa."},
         "Vamos a perder comercios",
         "Marta Gil",
         "la alcaldesa"},
        {"de",
         {"B\u00FCrgermeisterin Anna Keller stellt neue Regeln f\u00FCr den Hafen vor.",
          "\u201EWir verlieren Gesch\u00E4fte\u201C, f\u00FCrchtet sie."},
         "Wir verlieren Gesch\u00E4fte",
         "Anna Keller",
         "sie"},
    });
}

TEST_CASE("a short given name in an oblique case before the surname is the person named in the nominative",
          "[quotes][quotes67]") {
    check_quotes({
        {"pl",
         {"Ewa Nowak jest rzeczniczk\u0105 portu od dw\u00F3ch lat.",
          "Zdaniem Ewy Nowak \u201Eto dopiero pocz\u0105tek prac nad przepisami\u201D."},
         "to dopiero pocz\u0105tek prac nad przepisami",
         "Ewa Nowak"},
        {"pl",
         {"Ola Lis kieruje stowarzyszeniem mieszka\u0144c\u00F3w od roku.",
          "Wed\u0142ug Oli Lis \u201Enikt nie pyta\u0142 mieszka\u0144c\u00F3w o zdanie\u201D."},
         "nikt nie pyta\u0142 mieszka\u0144c\u00F3w o zdanie",
         "Ola Lis"},
        // (another surname: another person)
        {"pl",
         {"Ewa Nowak jest rzeczniczk\u0105 portu od dw\u00F3ch lat.",
          "Zdaniem Ewy Kowalskiej \u201Eto dopiero pocz\u0105tek prac nad przepisami\u201D."},
         "to dopiero pocz\u0105tek prac nad przepisami",
         "Ewy Kowalskiej"},
    });
}

TEST_CASE("a separable cue closing the sentence after reported words has its subject before the particle",
          "[quotes][quotes67]") {
    check_quotes({
        {"nl",
         {"De stad werkt aan nieuwe regels voor de haven en de bewoners.",
          "Het zwembad gaat in de zomer twee maanden dicht om de daken te vernieuwen, maakte de gemeente maandag "
          "bekend."},
         "Het zwembad gaat in de zomer twee maanden dicht om de daken te vernieuwen",
         "",
         "de gemeente"},
        {"de",
         {"Die Stadt plant neue Regeln f\u00FCr den Hafen und die Anlieger.",
          "Das Hallenbad bleibt im Sommer zwei Monate geschlossen, um die D\u00E4cher zu erneuern, gab die Stadt am "
          "Montag bekannt."},
         "Das Hallenbad bleibt im Sommer zwei Monate geschlossen, um die D\u00E4cher zu erneuern",
         "Stadt",
         "die Stadt"},
    });
    // (the particle before ", dass": the reported words follow it, the clause before the comma is the writer's)
    const auto qs = extract_quotes(quote_rows::page(
        "de", "",
        {"Die Stadt plant neue Regeln f\u00FCr den Hafen und die Anlieger.",
         "Erst nachdem wir uns mit einem Brief an die Beh\u00F6rde gewandt hatten, teilte diese im M\u00E4rz mit, dass die "
         "Haltung beendet wurde."}));
    for (const auto& q : qs)
        CHECK(q.text.find("Erst nachdem") == std::string::npos);
}

TEST_CASE("an opinion lead whose mention is a role and its field in lower case is read", "[quotes][quotes67]") {
    check_quotes({
        {"fr",
         {"La ville pr\u00E9pare de nouvelles r\u00E8gles pour le port et les riverains cet \u00E9t\u00E9.",
          "Pour le maire de la ville, \u00AB c'est une chance pour tout le quartier \u00BB."},
         "c'est une chance pour tout le quartier",
         "",
         "le maire de la ville"},
        {"it",
         {"Il Comune prepara nuove regole per il porto e i residenti per l'estate.",
          "Per il sindaco della citt\u00E0 \u00AB\u00E8 una giornata storica per tutto il quartiere\u00BB."},
         "\u00E8 una giornata storica per tutto il quartiere",
         "",
         "il sindaco della citt\u00E0"},
        {"es",
         {"El Ayuntamiento prepara nuevas reglas para el puerto y los vecinos este verano.",
          "Para el alcalde de la ciudad, \u00ABes una oportunidad para todo el barrio\u00BB."},
         "es una oportunidad para todo el barrio",
         "",
         "el alcalde de la ciudad"},
        // (no role noun before the linking word: no one's opinion)
        {"fr",
         {"La ville pr\u00E9pare de nouvelles r\u00E8gles pour le port et les riverains cet \u00E9t\u00E9.",
          "Pour la fin de la saison, \u00AB le quartier aura un vrai c\u0153ur \u00BB."},
         "le quartier aura un vrai c\u0153ur",
         "",
         ""},
    });
}
