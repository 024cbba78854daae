// Papers, agencies and bodies as speakers in a press review, a local report and an agency's report: a paper's title
// in quote marks as the subject of a cue ("schreibt die „Alpenpost“: „Q“", "« Q », écrit « Le Courrier du Lac »") is
// no quote and speaks the quote (quote_title_marks.cpp); "rapporte" is a cue ([speech_verbs] of fr.txt); a paper's
// view opened by "Für die Seeländer Zeitung" (quote_uncued.cpp view_holder); a preposition elided into a body's
// noun after a name, "Jonas Erlbacher dell'associazione X", is a small word (quote_people.cpp
// modifier_before_name). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <algorithm>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// The page's quotes hold none with the text `text`.
void check_no_quote(const char* lang, const std::vector<std::string>& paragraphs, const char* text) {
    INFO(paragraphs.back());
    const auto qs = extract_quotes(page(lang, "", paragraphs));
    CHECK(std::none_of(qs.begin(), qs.end(), [&](const Quote& q) { return q.text == text; }));
}

// The page's quotes hold one with the text `text`.
void check_has_quote(const char* lang, const std::vector<std::string>& paragraphs, const char* text) {
    INFO(paragraphs.back());
    const auto qs = extract_quotes(page(lang, "", paragraphs));
    CHECK(std::any_of(qs.begin(), qs.end(), [&](const Quote& q) { return q.text == text; }));
}

} // namespace

TEST_CASE("a paper's title in quote marks as a cue's subject speaks the quote", "[quotes][quotes120]") {
    check_quotes({
        {"de",
         {"Der Gemeinderat hat den Bau beschlossen. Bürgermeister Anton Hofreiter sprach von einem guten Tag.",
          "Zur Entscheidung schreibt die „Alpenpost“: „Der Gemeinderat hat sich ein Denkmal gesetzt.“"},
         "Der Gemeinderat hat sich ein Denkmal gesetzt.",
         "Alpenpost",
         "die Alpenpost"},
        {"de",
         {"Der Gemeinderat hat den Bau beschlossen. Bürgermeister Anton Hofreiter sprach von einem guten Tag.",
          "Dagegen meint die „Neue Seeländer Zeitung“: „Wer heute spart, zahlt morgen doppelt.“"},
         "Wer heute spart, zahlt morgen doppelt.",
         "Neue Seeländer Zeitung",
         "die Neue Seeländer Zeitung"},
        {"fr",
         {"Le conseil a voté jeudi un crédit. Le syndic Pierre Favrat a salué « une décision historique ».",
          "« Le conseil s'offre un monument que d'autres paieront », écrit « Le Courrier du Lac »."},
         "Le conseil s'offre un monument que d'autres paieront",
         // (quotes127: the article capitalised inside the marks is the title's, as in "écrit Le Temps")
         "Le Courrier du Lac",
         "Le Courrier du Lac"},
        {"it",
         {"Il consiglio ha approvato il progetto. Il sindaco Marco Bellandi ha parlato di una giornata storica.",
          "«Il consiglio si regala un monumento che pagheranno altri», scrive il «Corriere di Valdora»."},
         "Il consiglio si regala un monumento che pagheranno altri",
         "Corriere di Valdora",
         "il Corriere di Valdora"},
        // (the same lines without the marks already read so)
        {"de",
         {"Der Gemeinderat hat den Bau beschlossen. Bürgermeister Anton Hofreiter sprach von einem guten Tag.",
          "Die Süddeutsche Rundschau meint: „Ein Brückenschlag, der lange überfällig war.“"},
         "Ein Brückenschlag, der lange überfällig war.",
         "Süddeutsche Rundschau"},
        {"fr",
         {"Le conseil a voté jeudi un crédit. Le syndic Pierre Favrat a salué « une décision historique ».",
          "Le Journal du Val estime: « C'est un pont attendu depuis trente ans. »"},
         "C'est un pont attendu depuis trente ans.",
         "Journal du Val"},
    });
    // the title itself is no quote
    check_no_quote("de",
                   {"Bürgermeister Anton Hofreiter sprach von einem guten Tag.",
                    "Zur Entscheidung schreibt die „Alpenpost“: „Der Gemeinderat hat sich ein Denkmal gesetzt.“"},
                   "Alpenpost");
    check_no_quote("fr",
                   {"Le syndic Pierre Favrat a salué « une décision historique ».",
                    "« Le conseil s'offre un monument », écrit « Le Courrier du Lac »."},
                   "Le Courrier du Lac");
}

TEST_CASE("quoted words after a cue that name no paper stay quotes", "[quotes][quotes120]") {
    // (a word quoted as the cue's object, with no other quote the cue gives)
    check_has_quote("de", {"Die Grünen fordern die „Wende“ beim Verkehr, und zwar sofort."}, "Wende");
    // (a one-word quote right after the cue, no article before it, after another quote: the speaker's own word)
    check_has_quote("fr",
                    {"Le syndic Pierre Favrat a salué le vote. « Nous avons gagné », a-t-il dit, puis il a ajouté "
                     "« Merci »."},
                    "Merci");
    // (quoted words in small letters after a cue and an article, before a colon and a quote: a phrase, no title)
    check_has_quote("it",
                    {"Il sindaco Marco Bellandi ripete la «parola d'ordine»: «Avanti con il ponte, senza paura»."},
                    "parola d'ordine");
    // (a capitalised quote after a cue and an article, with no other quote in the sentence: the speaker's words)
    check_has_quote("de", {"Am Ende rief die Menge „Zugabe“, und die Band spielte weiter."}, "Zugabe");
}

TEST_CASE("an agency passing on a report speaks it", "[quotes][quotes120]") {
    check_quotes({
        {"fr",
         {"Le ministre Karim Bennani s'est rendu sur place. Bennani a dit que l'aide arrivait.",
          "« Plusieurs maisons se sont effondrées », rapporte l'agence MAP."},
         "Plusieurs maisons se sont effondrées",
         "MAP",
         "l'agence MAP"},
        {"fr",
         {"La ministre Claire Vautier s'est rendue sur place.",
          "« Le pont est fermé jusqu'à nouvel ordre », a rapporté le quotidien Le Soir du Lac."},
         "Le pont est fermé jusqu'à nouvel ordre",
         "Soir du Lac"},
        // (the agencies other languages name already read so)
        {"fr",
         {"Le ministre Karim Bennani s'est rendu sur place.",
          "Selon l'agence Belga, « deux touristes belges sont sains et saufs »."},
         "deux touristes belges sont sains et saufs",
         "Belga"},
        {"es",
         {"El ministro Karim Bennani visitó la zona. Bennani dijo que la ayuda ya llegaba.",
          "«Varias casas se derrumbaron», informó la agencia EFE."},
         "Varias casas se derrumbaron",
         "EFE"},
        {"it",
         {"Il ministro Karim Bennani si è recato sul posto. Bennani ha detto che gli aiuti arrivavano.",
          "«Diverse case sono crollate», riferisce l'agenzia Ansa."},
         "Diverse case sono crollate",
         "Ansa"},
    });
    // (near miss: "rapporte" of money, no quote and no "que", reports nothing)
    const auto qs = extract_quotes(page("fr", "", {"Le nouveau parking rapporte deux millions par an à la commune."}));
    CHECK(qs.empty());
}

TEST_CASE("a body or an unnamed spokesman after so speaks, not the last person named", "[quotes][quotes120]") {
    check_quotes({
        {"de",
         {"Die Halle gehört dem Unternehmer Klaus Wendler. Wendler sagte, er sei erschüttert.",
          "„Das Feuer war schnell gelöscht“, so die Feuerwehr."},
         "Das Feuer war schnell gelöscht",
         "Feuerwehr",
         "die Feuerwehr"},
        {"de",
         {"Die Halle gehört dem Unternehmer Klaus Wendler. Wendler sagte, er sei erschüttert.",
          "„Verletzt wurde niemand“, so ein Sprecher der Polizei."},
         "Verletzt wurde niemand",
         "",
         "ein Sprecher der Polizei"},
        {"en",
         {"The warehouse belongs to businessman Kevin Walsh. Walsh said he was shocked.",
          "\"The fire was quickly put out,\" the fire service said."},
         "The fire was quickly put out",
         "",
         "the fire service"},
        // (a fronted adverb before the cue, an unnamed speaker)
        {"de",
         {"Die Halle gehört dem Unternehmer Klaus Wendler. Wendler sagte, er sei erschüttert.",
          "Die Polizei veröffentlichte am Abend eine Mitteilung. Darin behauptet ein Sprecher, dass die Ursache noch "
          "unklar sei."},
         "die Ursache noch unklar sei",
         "",
         "ein Sprecher"},
    });
}

TEST_CASE("a speaker's body after the name is no part of it", "[quotes][quotes120]") {
    check_quotes({
        {"de",
         {"Jonas Erlbacher von der Bürgerinitiative Seewald sagte, die Halle hätte nie gebaut werden dürfen."},
         "die Halle hätte nie gebaut werden dürfen",
         "Jonas Erlbacher"},
        {"fr",
         {"Jonas Erlbacher, de l'association Secours Atlas, a déclaré que les besoins étaient immenses."},
         "les besoins étaient immenses",
         "Jonas Erlbacher"},
        {"es",
         {"Jonas Erlbacher de la asociación Socorro Atlas dijo que las necesidades eran inmensas."},
         "las necesidades eran inmensas",
         "Jonas Erlbacher"},
        // (a preposition elided into the body's noun is a small word: the name before it speaks, not the body's)
        {"it",
         {"Jonas Erlbacher dell'associazione Soccorso Atlante ha detto che i bisogni erano immensi."},
         "i bisogni erano immensi",
         "Jonas Erlbacher"},
        {"it",
         {"Marta Villa dell’ospedale San Carlo Nuovo ha detto: «Serve aiuto per tutti i villaggi della valle»."},
         "Serve aiuto per tutti i villaggi della valle",
         "Marta Villa"},
        // (near misses: lower-case words glued to no elided link, between a body opening the mention and a full name,
        // still make the body's trade, and the name speaks)
        {"en",
         {"\"The road will reopen on Monday,\" County road foreman Mara Voss said."},
         "The road will reopen on Monday",
         "Mara Voss"},
    });
}

TEST_CASE("a paper opening a view before a colon speaks the quote", "[quotes][quotes120]") {
    check_quotes({
        {"fr",
         {"Le conseil a voté jeudi un crédit. Le syndic Pierre Favrat a salué « une décision historique ».",
          "Pour la Tribune du Lac, « le projet arrive trop tard »."},
         "le projet arrive trop tard",
         "Tribune du Lac"},
        {"de",
         {"Der Gemeinderat hat den Bau beschlossen. Bürgermeister Anton Hofreiter sprach von einem guten Tag.",
          "Für die Seeländer Zeitung ist klar: „Die Brücke wird teurer als geplant.“"},
         "Die Brücke wird teurer als geplant.",
         "Seeländer Zeitung"},
        {"de",
         {"Der Gemeinderat hat den Bau beschlossen. Bürgermeister Anton Hofreiter sprach von einem guten Tag.",
          "Für die Seeländer Zeitung ist das „ein teurer Fehler“."},
         "ein teurer Fehler",
         "Seeländer Zeitung"},
        // (a paper the page named before by a cue: "Alpenpost" alone is no title's noun)
        {"de",
         {"Zur Entscheidung schreibt die Alpenpost: „Der Gemeinderat hat sich ein Denkmal gesetzt.“",
          "Der Bürgermeister Anton Hofreiter sprach dagegen von einem guten Tag für alle.",
          "Für die Alpenpost ist klar: „Die Brücke wird am Ende doppelt so teuer.“"},
         "Die Brücke wird am Ende doppelt so teuer.",
         "Alpenpost"},
        // (a person's view before a colon, as before a partial quote)
        {"de",
         {"Der Gemeinderat hat den Bau beschlossen.",
          "Für Anna Muster ist die Sache klar: „Die Brücke wird viel teurer als geplant.“"},
         "Die Brücke wird viel teurer als geplant.",
         "Anna Muster"},
        // (near miss: a common noun after the view's preposition names no paper)
        {"de",
         {"Der Gemeinderat hat den Bau beschlossen.",
          "Für die Anwohner ist klar: „Die Brücke bringt nur noch mehr Verkehr.“"},
         "Die Brücke bringt nur noch mehr Verkehr.",
         ""},
        // (near miss: a role after the view's preposition is its holder's view)
        {"fr",
         {"Le conseil a voté jeudi un crédit. Le syndic Pierre Favrat a salué « une décision historique ».",
          "Pour le syndic, « le projet arrive enfin »."},
         "le projet arrive enfin",
         "Pierre Favrat"},
    });
}
