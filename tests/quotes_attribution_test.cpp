// Table-driven tests of attribution rules met on news pages, on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a headline naming its speaker before the cue gives its quote to that body speaker", "[quotes][headline]") {
    // The body quotes the headline's words from someone else too: the name before the headline's verb decides.
    struct Row {
        const char* lang;
        const char* headline;
        std::vector<std::string> paragraphs;
        const char* speaker;
    };
    const std::vector<Row> rows = {
        {"en", "Governor Ann Roe Calls the Ferry Deal 'A Disgrace'",
         {"\"It is a disgrace and a waste,\" said Mayor Tom Vale on Monday.",
          "Governor Ann Roe called the deal a \"disgrace\" in a statement."},
         "Ann Roe"},
        {"de", "Ministerin Anna Roth nennt den Vertrag „eine Schande“",
         {"„Das ist eine Schande für die Stadt“, sagte Bürgermeister Jan Kruse am Montag.",
          "Die Ministerin Anna Roth erklärte, der Vertrag sei „eine Schande“."},
         "Anna Roth"},
        {"fr", "Anne Morel dénonce un accord «honteux»",
         {"«Cet accord est honteux», a déclaré le maire, Paul Roux.",
          "La ministre Anne Morel a déclaré que l'accord était «honteux»."},
         "Anne Morel"},
    };
    for (const auto& r : rows) {
        INFO(r.headline);
        auto qs = extract_quotes(page(r.lang, r.headline, r.paragraphs));
        REQUIRE(!qs.empty());
        REQUIRE(qs[0].where == Where::headline);
        CHECK(qs[0].speaker.value_or("") == r.speaker);
    }
}

TEST_CASE("a gerund cue after by or en has the subject of its clause", "[quotes][speakers]") {
    // The words right before the gerund ("began by", "son discours en") name no one: the name opening the
    // sentence does, unless a relative clause stands between them.
    check_speakers({
        {"en", "Ann Roe, a former teacher, then went on local radio and began by saying she would \"never\" back the plan.",
         "never", "Ann Roe"},
        {"en", "Tom Vale, the mayor, ended the meeting on Friday by saying the budget was \"a fair deal\" for the town.",
         "a fair deal", "Tom Vale"},
        {"fr", "Anne Morel, ancienne enseignante, a terminé son discours en déclarant que le projet était « une erreur grave » pour la ville.",
         "une erreur grave", "Anne Morel"},
        // the words before "after" are no subject either: the rule needs no mention before the cue
        {"en", "Tom Vale, the mayor, closed the meeting after saying the budget was \"a fair deal\" for the town.",
         "a fair deal", "Tom Vale"},
        {"fr", "Paul Roux, le maire, a levé la séance en déclarant que le budget était « un compromis équitable » pour la ville.",
         "un compromis équitable", "Paul Roux"},
        {"en", "The Ann Roe campaign sent questions to the Green party, which tried to win votes by saying the tax was \"a fair price\" for all.",
         "a fair price", ""},
    });
}

TEST_CASE("a word of time or addition between an apposition and its cue", "[quotes][speakers]") {
    // "then", "también", "anche" stand where "firmly" does: the name before the apposition speaks.
    check_speakers({
        {"en", "Tom Vale, the mayor, then said the budget was \"a fair deal\" for the town.", "a fair deal", "Tom Vale"},
        {"es", "Lucía Gómez, la alcaldesa, también dijo que el presupuesto era «un acuerdo justo» para la ciudad.",
         "un acuerdo justo", "Lucía Gómez"},
        {"it", "Marco Rossi, il sindaco, poi disse che il bilancio era «un accordo equo» per la città.", "un accordo equo",
         "Marco Rossi"},
    });
}

TEST_CASE("the agent of a passive cue speaks, not its subject", "[quotes][speakers]") {
    check_speakers({
        {"en", "The ferry plan has been described as \"a disgrace\" by Mayor Tom Vale in a letter to the council.",
         "a disgrace", "Tom Vale"},
        {"fr", "Le projet du port a été qualifié de « honteux » par le maire, Paul Roux, lors du conseil municipal.",
         "honteux", "Paul Roux"},
        {"it", "Il progetto del porto è stato definito « una vergogna » dal sindaco Marco Rossi durante il consiglio.",
         "una vergogna", "Marco Rossi"},
        // an active cue keeps its subject, whatever "by" names after the quote
        {"en", "Mayor Tom Vale described the plan as \"a disgrace\" by any measure of Ann Roe.", "a disgrace", "Tom Vale"},
    });
}

TEST_CASE("a speech verb after \"of\" and capitalised words is a noun", "[quotes][speakers]") {
    // English nouns and verbs share their forms ("claims", "calls", "reports"); other languages write the noun
    // before its adjective ("des déclarations républicaines") or capitalise it ("Aussagen"), so the rule is English.
    check_speakers({
        // (Jo Green and Lea Vale are met first: "of Green" and "of Vale" would name them)
        {"en", "Jo Green said on Monday that taxes must rise. Ann Roe rated 32% of Green claims as \"false\" in her column.",
         "false", "Ann Roe"},
        {"en", "Lea Vale told the radio the plan was good. Tom Vale rated 60% of Vale calls as \"reasonable\" on Monday.",
         "reasonable", "Tom Vale"},
        {"en", "Tom Vale warned the board of what he called a \"deep crisis\" in the schools.", "deep crisis", "Tom Vale"},
    });
}

TEST_CASE("a negation after a cue opens the verb's object, no speaker", "[quotes][speakers]") {
    // "nicht die Annahme", "not one of the managers": what follows the negation is no person who speaks.
    check_speakers({
        {"de", "„Wir haben nichts verschwiegen“, bestritt jedoch nicht die Annahme, dass die Preise zu hoch waren.",
         "Wir haben nichts verschwiegen", ""},
        {"de", "„Die Lage ist ernst“, bestätigte nie die Stadtverwaltung.", "Die Lage ist ernst", ""},
        {"en", "\"Prices were too high,\" said not one of the managers at the plant.", "Prices were too high", ""},
        {"en", "\"The plan was sound,\" claimed no Minister in Parliament.", "The plan was sound", ""},
    });
}

TEST_CASE("an imperative opening a sentence is no part of the name after it", "[quotes][speakers]") {
    // "See Facebook", "Siehe Volkswagen": a link label or a pointer names the body without its verb.
    check_speakers({
        {"en", "See Facebook for its terms. Users never gave their \"consent to the sharing\", Facebook said.",
         "consent to the sharing", "Facebook"},
        {"de", "Siehe Volkswagen für die Regeln. Die Kunden hätten „alles offengelegt bekommen“, sagte Volkswagen.",
         "alles offengelegt bekommen", "Volkswagen"},
        {"fr", "Voir Renault pour les règles. Les clients ont « tout reçu à temps », a déclaré Renault.",
         "tout reçu à temps", "Renault"},
    });
}

TEST_CASE("an article and a noun of what is said after a cue name no speaker", "[quotes][speakers]") {
    // German capitalises "Vorwürfe" like a name: the noun says what was said, not who said it.
    check_speakers({
        {"de", "„Die Leitung hat versagt“, so die Vorwürfe der Opposition.", "Die Leitung hat versagt", ""},
        {"de", "„Die Kasse war leer“, so die Gerüchte im Rathaus.", "Die Kasse war leer", ""},
        {"en", "The council had \"hidden the true costs for years\", according to the allegations made by residents.",
         "hidden the true costs for years", ""},
    });
}

TEST_CASE("a verb coordinated with \"and\" has the subject of the clause before it", "[quotes][speakers]") {
    // A phrase opened by a preposition is no subject: in German the subject follows the first verb after it.
    check_speakers({
        {"de", "Am Abend zogen Studenten vor das Rathaus und skandierten Parolen wie „Falsche Wahl und keine Freiheit“.",
         "Falsche Wahl und keine Freiheit", "Studenten"},
        {"de", "Bereits am späten Abend zogen Lehrer vor den Landtag und riefen immer wieder „Mehr Geld für Schulen“.",
         "Mehr Geld für Schulen", "Lehrer"},
        {"de", "Jan Kruse sprach im Rat. Er hielt die Regel für richtig und bezeichnete die Kosten als „tragbar“.",
         "tragbar", "Jan Kruse"},
        {"en", "On Sunday the students marched to city hall and chanted “No fake vote in our town” for hours.",
         "No fake vote in our town", ""},
        {"en", "Ann Roe spoke to the council. She walked to city hall and called the plan “a fine deal” for the town.",
         "a fine deal", "Ann Roe"},
        // commas in the clause: the name opening the sentence
        {"en", "Tom Vale, the mayor, visited the flooded streets and said he thought the pumps were a “very big "
               "failure” of the town.",
         "very big failure", "Tom Vale"},
        {"de", "Jan Kruse, der Bürgermeister, besuchte am Montag die Straßen und sagte, die Pumpen seien ein „großes "
               "Versagen“ der Stadt.",
         "großes Versagen", "Jan Kruse"},
    });
}

TEST_CASE("capitalised words called out after a verb of chanting are said, not a name", "[quotes][speakers]") {
    check_speakers({
        {"de", "Studenten zogen vor das Rathaus und skandierten „Falsche Wahl“.", "Falsche Wahl", "Studenten"},
        {"de", "Die Bauern skandierten vor dem Ministerium Sprüche wie „Faire Preise“.", "Faire Preise", "Bauern"},
        {"en", "Students marched to city hall and chanted “Fake Vote” for hours.", "Fake Vote", "Students"},
        {"en", "Nurses shouted “Fair Pay Now” outside the hospital.", "Fair Pay Now", "Nurses"},
    });
}

TEST_CASE("a German clause closed by its verb after the quote has its subject before the quote", "[quotes][speakers]") {
    // The verb ends the clause (an auxiliary may follow it): the mention after the word opening the clause speaks,
    // not the person the paragraph named before. English puts the verb before the quote: its own rules.
    check_speakers({
        {"de", "Die Ministerin Anna Berg lobte das Gesetz. Die Stadt schloss das Bad, was der Bürgermeister als "
               "„längst überfällig“ bezeichnete.",
         "längst überfällig", ""}, // (a role noun nobody was described with names no one)
        {"de", "Die Ministerin Anna Berg lobte das Gesetz. Die Stadt schloss das Bad, das der Bürgermeister Jan Kruse "
               "als „längst überfällig“ bezeichnet hatte.",
         "längst überfällig", "Jan Kruse"},
        // a quote after a preposition belongs to the noun before it, the verb's object
        {"de", "Die Ärztin Eva Roth kennt das. Stress hebt den Puls, was das Gefühl von „Watte im Kopf“ erklärt.",
         "Watte im Kopf", "Eva Roth"},
        {"en", "Minister Ann Berg praised the law. The city closed the pool, which Mayor Tom Vale described as "
               "“long overdue”.",
         "long overdue", "Tom Vale"},
    });
}

TEST_CASE("an object characterised \"as a\" quote gets the words of the subject", "[quotes][speakers]") {
    check_speakers({
        {"en", "Senator Ann Roe has gone after Tom Vale as a “weak leader” in her campaign ads.", "weak leader",
         "Ann Roe"},
        {"en", "House Majority Leader Ann Roe has painted him as a “weak leader” in her ads.", "weak leader",
         "Ann Roe"},
        {"fr", "La sénatrice Anne Roux a dépeint Marc Blanc comme un « homme du passé » dans ses discours.",
         "homme du passé", "Anne Roux"},
    });
    // No object before "as": a job or a role in quote marks is nobody's words.
    const std::vector<std::pair<std::string, std::string>> no_object = {
        {"en", "Tom Vale worked as a “consultant” for the city."},
        {"fr", "Anne Roux a travaillé comme une « consultante » pour la ville."},
    };
    for (const auto& row : no_object) {
        INFO(row.second);
        CHECK(extract_quotes(page(row.first, "", {row.second})).empty());
    }
}

TEST_CASE("a paragraph closing on a cue and a colon gives the quote opening the next paragraph to the cue's subject",
          "[quotes][speakers]") {
    // The paragraph before quotes someone else: without the colon's lead the words would stay with that speaker.
    const std::vector<PageRow> rows = {
        {"en",
         {"“We will finish the road by May,” said Mayor Tom Vale.", "The Harbour Gazette reports:",
          "“The contract for the second lane was signed without a public tender last spring.”"},
         "The contract for the second lane was signed without a public tender last spring.",
         "Harbour Gazette"},
        {"en",
         {"“We will finish the road by May,” said Mayor Tom Vale.",
          "The works began in March. Councillor Ann Roe added:",
          "“Nobody has told the shop owners how long the street stays closed.”"},
         "Nobody has told the shop owners how long the street stays closed.", "Ann Roe"},
        {"de",
         {"„Wir bauen die Straße bis Mai fertig“, sagte Bürgermeister Tom Vale.",
          "Die Arbeiten begannen im März. Die Stadträtin Anna Berg ergänzte:",
          "„Niemand hat den Ladenbesitzern gesagt, wie lange die Straße gesperrt bleibt.“"},
         "Niemand hat den Ladenbesitzern gesagt, wie lange die Straße gesperrt bleibt.", "Anna Berg"},
        {"fr",
         {"« Nous finirons la route en mai », a déclaré le maire Tom Vale.",
          "Les travaux ont commencé en mars. La conseillère Anne Roux a ajouté :",
          "« Personne n’a dit aux commerçants combien de temps la rue restera fermée. »"},
         "Personne n’a dit aux commerçants combien de temps la rue restera fermée.", "Anne Roux"},
        {"es",
         {"«Terminaremos la calle en mayo», dijo el alcalde Tom Vale.",
          "Las obras empezaron en marzo. La concejala Ana Ruiz añadió:",
          "«Nadie ha dicho a los comerciantes cuánto tiempo seguirá cerrada la calle.»"},
         "Nadie ha dicho a los comerciantes cuánto tiempo seguirá cerrada la calle.", "Ana Ruiz"},
        // the subject after the cue (German and French invert it after an adverbial), not the adverbial
        {"de",
         {"„Wir bauen die Straße bis Mai fertig“, sagte Bürgermeister Tom Vale.",
          "Die Arbeiten begannen im März. Am Montag sagte die Stadträtin Anna Berg:",
          "„Niemand hat den Ladenbesitzern gesagt, wie lange die Straße gesperrt bleibt.“"},
         "Niemand hat den Ladenbesitzern gesagt, wie lange die Straße gesperrt bleibt.", "Anna Berg"},
        {"fr",
         {"« Nous finirons la route en mai », a déclaré le maire Tom Vale.",
          "Les travaux ont commencé en mars. Lundi soir, a ajouté la conseillère Anne Roux :",
          "« Personne n’a dit aux commerçants combien de temps la rue restera fermée. »"},
         "Personne n’a dit aux commerçants combien de temps la rue restera fermée.", "Anne Roux"},
    };
    for (const auto& r : rows)
        check_quote(r);
    // A clause with no cue before the colon names no speaker: "sends the photo to Jan Kolbe:" is no attribution.
    auto qs = extract_quotes(page("en", "",
                                  {"“We will finish the road by May,” said Mayor Tom Vale.",
                                   "She takes a photo of the street and sends it to Jan Kolbe:",
                                   "“Nobody has told the shop owners how long the street stays closed.”"}));
    for (const auto& q : qs)
        CHECK(q.speaker.value_or("") != "Jan Kolbe");
}

TEST_CASE("an \"according to\" inside the quoted words names the speaker's source, not the speaker", "[quotes][speakers]") {
    // No cue around the quote: the person the paragraph spoke of says it, and "according to" is no cue of it.
    check_speakers({
        {"en", "Mayor Tom Vale spoke to the council on Monday. “Work on the second lane starts next spring, "
               "according to the plans filed with the county.”",
         "Work on the second lane starts next spring, according to the plans filed with the county.", "Tom Vale"},
        {"de", "Bürgermeisterin Anna Berg sprach am Montag vor dem Rat. „Die Arbeiten an der zweiten Spur beginnen "
               "laut dem Bauplan im nächsten Frühjahr.“",
         "Die Arbeiten an der zweiten Spur beginnen laut dem Bauplan im nächsten Frühjahr.", "Anna Berg"},
        {"es", "La alcaldesa Ana Ruiz habló ante el concejo el lunes. «Las obras del segundo carril empiezan la "
               "próxima primavera, según los planos del condado.»",
         "Las obras del segundo carril empiezan la próxima primavera, según los planos del condado.", "Ana Ruiz"},
    });
    // Outside the quote the phrase still names the source: "“Q,” according to the mayor's office."
    check_speakers({
        {"en", "“Work on the second lane starts next spring,” according to Councillor Ann Roe.",
         "Work on the second lane starts next spring", "Ann Roe"},
    });
}

TEST_CASE("the acronym in brackets after a body's long name in an apposition describes the person named",
          "[quotes][speakers]") {
    // Two people of two bodies share a role noun; the later description names the body by its acronym only.
    // (each quoted once before, so that both are known to be people)
    const std::vector<PageRow> rows = {
        {"es",
         {"«La justicia llega tarde», dice Marta Solís, referente de la Liga de Inquilinos del Sur.",
          "Ana Ruiz, de la Asamblea Vecinal por los Derechos de los Inquilinos (AVDI), se entusiasma con las adhesiones. "
          "«Estamos sumando apoyos», cuenta.",
          "Los reclamos los enumera la referente de la AVDI: «Pedimos una ley de alquileres y un registro público.»"},
         "Pedimos una ley de alquileres y un registro público.", "Ana Ruiz"},
        {"en",
         {"“Justice comes too late,” says Mary Sol, a spokeswoman for the Southern Tenants League.",
          "Ann Roe, of the Residents Assembly for the Rights of Tenants in the North (RARTN), welcomed the support. "
          "“We are gaining allies,” she said.",
          "The spokeswoman of the RARTN listed the demands: “We want a rent law and a public register.”"},
         "We want a rent law and a public register.", "Ann Roe"},
    };
    for (const auto& r : rows)
        check_quote(r);
}

TEST_CASE("a capitalised word quoted between a first and a last name is a nickname, not a quote", "[quotes]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"en", "“This is a big year for our town!” the mayor’s niece, Marcia “Cia” Pratt, shouted to the crowd."},
        {"en", "When Antonio “Tony” Ruiz took the stand, the prosecutors said he had carried the money."},
        {"de", "Daniela „Danni“ Brauer lebt seit Jahren auf der Insel und führt dort ein Café."},
        {"es", "Cuando Antonio “Toño” Ruiz llegó al tribunal, la fiscalía afirmó que había recibido el dinero."},
    };
    for (const auto& [lang, paragraph] : rows) {
        INFO(paragraph);
        for (const auto& q : extract_quotes(page(lang, "", {paragraph})))
            CHECK((q.text != "Cia" && q.text != "Tony" && q.text != "Danni" && q.text != "Toño"));
    }
    // A quoted word after a lower-case word is no nickname: "called the plan “Nonsense” on Monday" is a quote.
    bool found = false;
    for (const auto& q :
         extract_quotes(page("en", "", {"Councillor Ann Roe called the plan “Nonsense” on Monday, and left the room."})))
        found = found || q.text == "Nonsense";
    CHECK(found);
}

TEST_CASE("a name and a cue with a complement after an exclamation or a question attribute the quote",
          "[quotes][speakers]") {
    // The cue's sentence goes on with a phrase opened by a preposition ("to the crowd", "in den Saal").
    check_speakers({
        {"en", "“Not one more tree comes down in this park!” Delia Marsh shouted to the crowd.",
         "Not one more tree comes down in this park!", "Delia Marsh"},
        {"en", "“Who pays for the new bridge?” Ansel Brooke asked at the meeting on Monday.",
         "Who pays for the new bridge?", "Ansel Brooke"},
        {"de", "„Wer soll die neue Brücke über den Kanal bezahlen?“ Jorinde Faller rief in den Saal.",
         "Wer soll die neue Brücke über den Kanal bezahlen?", "Jorinde Faller"},
        {"es", "«¿Quién paga el puente nuevo sobre el canal?» Lucía Gómez preguntó en la reunión.",
         "¿Quién paga el puente nuevo sobre el canal?", "Lucía Gómez"},
    });
    // A word other than a preposition after the cue is its object: the writer's sentence says something else.
    for (const auto& q : extract_quotes(page("en", "", {"“Who is paying for the new bridge?” Mira Tell said nothing "
                                                         "more about it."})))
        CHECK(!q.cue);
}

TEST_CASE("\"as X put it\" attributes the quoted words, and reports no clause without quote marks", "[quotes][cues]") {
    // An English idiom of attribution ([speech_phrases] and [quote_mark_phrases] of en.txt).
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"The plan is, as Mayor Tom Vale put it, “a step in the right direction.”", "Tom Vale"},
        {"As Councillor Ann Roe put it in a statement to reporters, “the fee is a tax on the poor.”", "Ann Roe"},
    };
    for (const auto& [paragraph, speaker] : rows) {
        INFO(paragraph);
        const auto qs = extract_quotes(page("en", "", {paragraph}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].cue.value_or("") == "put it");
        CHECK(qs[0].speaker.value_or("") == speaker);
    }
    // Without quote marks the words are an instruction, not reported speech.
    CHECK(extract_quotes(page("en", "", {"Once you have it all down, put it in your purse or wallet."})).empty());
}

TEST_CASE("the present tense of English verbs of calling out and replying is a cue", "[quotes][cues]") {
    // Live scenes are told in the present: "she yells", "he retorts" (their past forms were cues already).
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"“Get off the bridge before it closes,” Marta Quill yells from the bank.", "yells"},
        {"“Nobody is leaving yet,” Colin Parry whispers to his brother.", "whispers"},
        {"“The ferry was never late,” Ines Varga retorts.", "retorts"},
        {"“Is the bridge safe at all?” Hanne Wollstedt wonders.", "wonders"},
    };
    for (const auto& [paragraph, cue] : rows) {
        INFO(paragraph);
        const auto qs = extract_quotes(page("en", "", {paragraph}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].cue.value_or("") == cue);
    }
}

TEST_CASE("a word stressing a subject pronoun before the cue leaves the pronoun the speaker", "[quotes][speakers]") {
    // [intensifier_words] of es/it: "ella misma", "lei stessa" before the cue.
    check_speakers({
        {"es", "La ministra Ana Vidal visitó el puerto. El año ha tenido, como ella misma dijo, un comienzo \"muy difícil\" en el sur.",
         "muy difícil", "Ana Vidal"},
        {"it", "La ministra Anna Neri ha visitato il porto. L'anno ha avuto, come lei stessa ha detto, un inizio \"molto difficile\" al sud.",
         "molto difficile", "Anna Neri"},
    });
}

TEST_CASE("a cue opened by a comparative word has its subject after it, and the word is no part of the mention",
          "[quotes][speakers]") {
    // [comparative_opener_words]: "comme l'a dit X", "wie X sagte", "como dijo X", "come ha spiegato X".
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* text;
        const char* speaker;
        const char* mention;
    };
    const std::vector<Row> rows = {
        {"fr", "Comme l'a expliqué Paul Marchand, « la dette reste sous contrôle cette année ».",
         "la dette reste sous contrôle cette année", "Paul Marchand", "Paul Marchand"},
        {"fr", "Le projet, comme l'a dit Claire Dubois, est « une chance pour tout le quartier ».",
         "une chance pour tout le quartier", "Claire Dubois", "Claire Dubois"},
        {"de", "Der Plan sei, wie Jonas Berg sagte, „ein wichtiger Schritt für die ganze Stadt“.",
         "ein wichtiger Schritt für die ganze Stadt", "Jonas Berg", "Jonas Berg"},
        {"fr", "« Aucune école ne fermera cette année », comme l'a rappelé la ministre Anne Roux.",
         "Aucune école ne fermera cette année", "Anne Roux", "la ministre Anne Roux"},
        {"de", "Die Bürgermeisterin Lena Hoff besuchte die Baustelle. Die Kosten seien, wie sie selbst sagte, "
               "„viel zu hoch für einen kleinen Ort“.",
         "viel zu hoch für einen kleinen Ort", "Lena Hoff", "sie selbst"},
        {"es", "Como dijo Tomás Vidal, fue “un acuerdo histórico para todos los vecinos”.",
         "un acuerdo histórico para todos los vecinos", "Tomás Vidal", "Tomás Vidal"},
        {"es", "La obra, como explicó Marta Ruiz, será “la más grande de la década”.",
         "la más grande de la década", "Marta Ruiz", "Marta Ruiz"},
        {"it", "Come ha spiegato Luca Bianchi, il ponte sarà “pronto prima dell'estate prossima”.",
         "pronto prima dell'estate prossima", "Luca Bianchi", "Luca Bianchi"},
    };
    for (const auto& r : rows)
        check_quote(PageRow{r.lang, {r.paragraph}, r.text, r.speaker, r.mention});
}

TEST_CASE("a subject pronoun right before the cue is its subject after a long phrase of time or place",
          "[quotes][speakers]") {
    // Without the pronoun the words before the verb are too many for a subject, or a phrase opened by a
    // preposition: the quote was lost, or the mention was the whole phrase.
    const std::vector<PageRow> rows = {
        {"en", {"Tom Vale spoke at the harbour on Monday.",
                "Late on Sunday during a long call with a local radio host he blasted the county paper for being "
                "“utterly dishonest.”"},
         "utterly dishonest.", "Tom Vale", "he"},
        {"en", {"Ann Roe spoke at the harbour on Monday.",
                "In an interview she blasted the regional press for being “utterly dishonest.”"},
         "utterly dishonest.", "Ann Roe", "she"},
        {"fr", {"Paul Roux a parlé lundi au port.",
                "Dans un long entretien avec une radio locale de la côte la semaine dernière il a dénoncé une presse "
                "« totalement malhonnête »."},
         "totalement malhonnête", "Paul Roux", "il"},
        {"es", {"Ana Ruiz habló el lunes en el puerto.",
                "En una larga entrevista con una radio local de la costa la semana pasada ella criticó a la prensa "
                "por ser «totalmente deshonesta»."},
         "totalmente deshonesta", "Ana Ruiz", "ella"},
        {"it", {"Anna Rossi ha parlato lunedì al porto.",
                "In una lunga intervista con una radio locale della costa la settimana scorsa lei ha detto che la "
                "stampa è «del tutto disonesta»."},
         "del tutto disonesta", "Anna Rossi", "lei"},
    };
    for (const auto& r : rows)
        check_quote(r);
}

TEST_CASE("a quote coordinated with the quote before it has its speaker", "[quotes][speakers]") {
    // The second quote is too short to stand alone and has no cue; the first found its speaker without a cue.
    const std::vector<SpeakerRow> rows = {
        {"en", "In recent weeks, Governor Ann Roe has gone after Tom Vale as a “man who will sell the harbour to anyone” "
               "and a “spoiled child.”",
         "spoiled child.", "Ann Roe"},
        {"en", "Governor Ann Roe has gone after Tom Vale as a “pirate” and a “spoiled child.”", "spoiled child.",
         "Ann Roe"},
        {"fr", "Ces derniers mois, la gouverneure Anne Roux voit Marc Blanc comme un « homme qui vendra le port à "
               "n'importe qui » et un « enfant gâté ».",
         "enfant gâté", "Anne Roux"},
        {"de", "Anna Roth hält die Brücke für eine „teure Sackgasse für die ganze Stadt am See“ und eine „Schande“.",
         "Schande", "Anna Roth"},
        // (the accusative and dative indefinite articles are articles too)
        {"de", "Anna Roth hält den Plan für einen „teuren Irrweg für die ganze Stadt am See“ und einen „Fehler“.",
         "Fehler", "Anna Roth"},
    };
    check_speakers(rows);
}

TEST_CASE("a subject pronoun after the cue opens the clause it reports, not the cue's object", "[quotes][speakers]") {
    // The verb's subject is a relative word: the quote is kept, with no speaker named. (French, German, Spanish and
    // Italian open the reported clause with a word of their own: "qui dit qu'il", "der sagt, er", "que dice que".)
    const std::vector<SpeakerRow> rows = {
        {"en", "Mayor Tom Vale released a letter from his doctor on Friday that says he is in “excellent physical "
               "shape” for his age.",
         "excellent physical shape", ""},
        {"en", "The port authority sent out a statement that says they were “badly misled” by the council.",
         "badly misled", ""},
    };
    check_speakers(rows);
}

TEST_CASE("a relative word right before the cue ends its subject like \"that\": the noun before it does not speak",
          "[quotes][speakers]") {
    // "a report released on Monday which says": the words before the relative word are its antecedent's phrase, not
    // the cue's subject ("Monday which"); a relative word further back bounds the subject after it ("the pool, which
    // Mayor Tom Vale described as").
    const std::vector<PageRow> rows = {
        {"en", {"The port authority published a review on Tuesday which says the ferry was “badly overloaded”."},
         "badly overloaded", "", "which"},
        {"en", {"The board heard from a farmer in Hillford who says the plan is “pure folly”."}, "pure folly", "", "who"},
        {"en", {"The council kept a budget plan which Mayor Tom Vale described as “long overdue”."},
         "long overdue", "Tom Vale", "Mayor Tom Vale"},
        // a relative word before its own verb bounds nothing: the phrase it belongs to is the subject
        {"en", {"Ann Roe, a mother whose son lost his home, described the ruling as “cruel”."}, "cruel", "Ann Roe"},
        {"en", {"The father of a boy who ate wild berries described the hospital as “superb”."}, "superb", "",
         "The father of a boy who ate wild berries"},
        {"fr", {"Le port a publié un rapport mardi dernier qui affirme que le bac était « très surchargé »."},
         "très surchargé", "", "qui"},
        {"de", {"Der Hafen veröffentlichte am Dienstag einen Bericht, der feststellt, die Fähre sei „stark überladen“."},
         "stark überladen", ""},
        {"es", {"El puerto publicó el martes un informe el cual afirma que el barco iba «muy sobrecargado»."},
         "muy sobrecargado", "", "cual"},
        {"it", {"Il porto ha pubblicato martedì un rapporto il quale afferma che il traghetto era «molto carico»."},
         "molto carico", "", "quale"},
    };
    for (const auto& r : rows)
        check_quote(r);
}

TEST_CASE("a relative word after a comma speaks for the name or the role noun before the comma", "[quotes][speakers]") {
    // "Mayor Ann Roe, who called it": the relative word is the cue's subject and stands for its antecedent, the
    // mention; a body that is no name nor a role ("the fishermen's union, which says") stays unresolved.
    check_quotes({
        {"en", {"The plan was opposed by Mayor Ann Roe, who called it “a monument to waste” in a short speech."},
         "a monument to waste", "Ann Roe", "Ann Roe"},
        {"en",
         {"Mayor Ann Roe opened the meeting on Monday.", "The quay was opposed by the mayor, who called it “a waste”."},
         "a waste", "Ann Roe"},
        {"en", {"It was backed by the fishermen's union, which says the quay is “long overdue” for the port."},
         "long overdue", "", "which"},
        {"fr", {"Le projet est combattu par la maire Anne Roux, qui l'a qualifié de « monument au gaspillage » lundi."},
         "monument au gaspillage", "Anne Roux"},
        {"fr", {"La ministre Clara Holt est venue lundi.", "Le projet est combattu par la ministre, qui juge le quai « trop cher »."},
         "trop cher", "Clara Holt"},
        {"es", {"El plan fue criticado por la alcaldesa Ana Ruiz, quien dijo que era «un despilfarro»."},
         "un despilfarro", "Ana Ruiz", "Ana Ruiz"},
    });
}

TEST_CASE("a German role noun refers back to a person named with a compound of it", "[quotes][speakers]") {
    // "Finanzministerin Clara Holt ... die Ministerin": German joins a role and its field in one word; English and
    // French write them apart ("Finance Minister", "la ministre des Finances").
    check_quotes({
        {"de",
         {"Finanzministerin Clara Holt eröffnete am Montag die Sitzung mit einer kurzen Erklärung.",
          "Danach sprach die Fischerin Lena Vogt über die Lage der Betriebe im alten Hafen.",
          "„Wir können das nicht zweimal bezahlen“, sagte die Ministerin nach der Abstimmung."},
         "Wir können das nicht zweimal bezahlen", "Clara Holt"},
        {"de",
         {"Hafenamtssprecher Jan Roth stellte am Montag die Pläne vor.",
          "Danach sprach der Fischer Tom Vale über die Lage der Betriebe im alten Hafen.",
          "„Der Kai kommt“, sagte der Sprecher."},
         "Der Kai kommt", "Jan Roth"},
        {"en",
         {"Finance Minister Clara Holt opened the meeting on Monday with a short statement.",
          "Then the fisherwoman Lena Vogt spoke about the state of the boats in the old harbour.",
          "\"We cannot pay for this twice,\" the minister said after the vote."},
         "We cannot pay for this twice", "Clara Holt"},
        {"fr",
         {"La ministre Clara Holt a ouvert la séance lundi.",
          "Puis la pêcheuse Lena Vogt a parlé de la situation des bateaux du vieux port.",
          "« Nous ne pouvons pas payer cela deux fois », a déclaré la ministre après le vote."},
         "Nous ne pouvons pas payer cela deux fois", "Clara Holt"},
    });
}

TEST_CASE("a German role noun opening a phrase nobody named is no body's name", "[quotes][speakers]") {
    // "sagte ein Sprecher des Ministeriums": German capitalises the role noun, which does not make the phrase a
    // body's name as "The Harbour Post" is; English and French write such a role in lower case.
    check_quotes({
        {"de", {"„Der Plan wird geprüft“, sagte ein Sprecher des Ministeriums am Abend."}, "Der Plan wird geprüft", "",
         "ein Sprecher des Ministeriums"},
        {"de", {"„Wir werden das Geld finden“, sagte eine Sprecherin der Stadt."}, "Wir werden das Geld finden", "",
         "eine Sprecherin der Stadt"},
        {"en", {"\"The plan is under review,\" a spokesman for the ministry said."}, "The plan is under review", "",
         "a spokesman for the ministry"},
        {"fr", {"« Le plan est à l'étude », a indiqué un porte-parole du ministère."}, "Le plan est à l'étude", "",
         "un porte-parole du ministère"},
    });
}

TEST_CASE("a word opening the clause before a name and its apposition is no part of the subject",
          "[quotes][speakers]") {
    // "..., as Eva Lind, head of the board, noted": the name opens the subject, and the body named in the
    // apposition does not speak.
    check_quotes({
        {"en",
         {"Jan Kruse of the observatory has computed the path.",
          "The manoeuvre is \"a real challenge\", as Eva Lind, head of the Science Board of the agency, noted."},
         "a real challenge", "Eva Lind"},
        {"de",
         {"Bisher hat Jan Kruse von der Sternwarte die Bahn berechnet.",
          "Das Manöver sei „eine echte Herausforderung“, wie Eva Lind, Leiterin des Wissenschaftlichen Beirats der "
          "Agentur, betont."},
         "eine echte Herausforderung", "Eva Lind"},
        {"fr",
         {"Jan Kruse, de l'observatoire, a calculé la trajectoire.",
          "La manœuvre est « un vrai défi », comme l'a souligné Eva Lind, directrice du Conseil scientifique de "
          "l'agence."},
         "un vrai défi", "Eva Lind"},
    });
}

TEST_CASE("a role's field between the role noun and a name is no part of the name", "[quotes][speakers]") {
    // "Secretary of State Clara Holt", "la ministre des Finances Clara Holt": the capitalised word after the
    // preposition names what the role is of; the name is the two words after it.
    check_speakers({
        {"en", "\"We are close to a deal,\" Secretary of State Clara Holt told reporters.", "We are close to a deal",
         "Clara Holt"},
        {"fr", "« Nous sommes proches d'un accord », a déclaré la ministre des Finances Clara Holt.",
         "Nous sommes proches d'un accord", "Clara Holt"},
        {"es", "«Estamos cerca de un acuerdo», dijo la ministra de Hacienda Clara Holt tras la reunión.",
         "Estamos cerca de un acuerdo", "Clara Holt"},
        {"it", "«Siamo vicini a un accordo», ha detto il ministro dell'Economia Clara Holt.", "Siamo vicini a un accordo",
         "Clara Holt"},
        {"de", "„Wir sind einer Einigung nahe“, sagte Finanzministerin Clara Holt.", "Wir sind einer Einigung nahe",
         "Clara Holt"},
        {"en", "\"We are close to a deal,\" a spokeswoman for Clara Holt said.", "We are close to a deal", "Clara Holt"},
    });
    // The role before the field describes the person named after it: a later "la ministre" refers back to her.
    check_quotes({
        {"fr",
         {"La ministre des Finances Clara Holt a ouvert la séance lundi.",
          "Puis la pêcheuse Lena Vogt a parlé de la situation des bateaux du vieux port.",
          "« Nous ne pouvons pas payer cela deux fois », a déclaré la ministre après le vote."},
         "Nous ne pouvons pas payer cela deux fois", "Clara Holt"},
        {"es",
         {"La ministra de Hacienda Clara Holt abrió la sesión el lunes.",
          "Luego la pescadora Lena Vogt habló de la situación de los barcos del puerto.",
          "«No podemos pagar esto dos veces», dijo la ministra tras la votación."},
         "No podemos pagar esto dos veces", "Clara Holt"},
        {"en",
         {"Secretary of State Clara Holt opened the meeting on Monday.",
          "Then the fisherwoman Lena Vogt spoke about the state of the boats in the old harbour.",
          "\"We cannot pay for this twice,\" the secretary said after the vote."},
         "We cannot pay for this twice", "Clara Holt"},
    });
    // A body's name set off by commas or opened by a possessive keeps its words; the person is named before it.
    check_quotes({
        {"en",
         {"Tom Vale, the chairman of Norland's Central Bank, spoke on Monday.", "\"Rates will rise,\" he said."},
         "Rates will rise", "Tom Vale"},
        {"es", {"Ana Ruiz, candidata de Puerto Nuevo Unido, subrayó: «No hay seguridad sin prevención»."},
         "No hay seguridad sin prevención", "Ana Ruiz"},
    });
}

TEST_CASE("an article right after a preposition after the cue opens a time or a place, not the speaker",
          "[quotes][speakers]") {
    // "said at a briefing the spokesman", "sagte der Sprecher nach der Sitzung": the mention after an inverted cue
    // skips a short complement to the article of the speaker, but an article governed by a preposition is the
    // complement's own ("a briefing", "der Sitzung"), so the speaker's is the next one or the first.
    const std::vector<PageRow> rows = {
        {"en", {"“The ferry plan is dead,” said at a briefing the harbour spokesman."}, "The ferry plan is dead", "",
         "the harbour spokesman"},
        {"en", {"“The ferry plan is dead,” said in a statement the ministry of transport."}, "The ferry plan is dead",
         "", "the ministry"},
        {"de", {"„Der Fährplan ist tot“, sagte der Sprecher nach der Sitzung."}, "Der Fährplan ist tot", "",
         "der Sprecher"},
        {"de", {"„Der Fährplan ist tot“, sagte nach der Sitzung der Sprecher."}, "Der Fährplan ist tot", "",
         "der Sprecher"},
        {"fr", {"« Le projet du bac est mort », a déclaré à la presse le porte-parole."}, "Le projet du bac est mort", "",
         "le porte-parole"},
        {"es", {"«El proyecto del ferry está muerto», dijo a la prensa el portavoz."}, "El proyecto del ferry está muerto",
         "", "el portavoz"},
        {"it", {"«Il progetto del traghetto è morto», ha detto in una nota il portavoce."},
         "Il progetto del traghetto è morto", "", "il portavoce"},
    };
    for (const auto& r : rows)
        check_quote(r);
}
