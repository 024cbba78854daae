// Table-driven tests of the quotes stage, in several languages: quote marks, speech-verb cues and the patterns that
// attribute a quote, in the headline and over paragraphs.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

using namespace archive::quote_checks;

TEST_CASE("quote marks of every convention pair up", "[quotes][marks]") {
    struct Row {
        const char* text;
        std::vector<std::string> quotes;
    };
    const Row rows[] = {
        {"Il a dit «non merci» hier.", {"non merci"}},
        {"Il a dit « non merci » hier.", {" non merci "}},
        {"Er sagte: „Wir schaffen das.“ Dann ging er.", {"Wir schaffen das."}},
        // a « that closes a » leaves the next » an opening mark
        {"Die Lage ist »unhaltbar«. Sie sagte: »Wir warten.«", {"unhaltbar", "Wir warten."}},
        {"Er nannte es ›Unsinn‹ und ›Quatsch‹.", {"Unsinn", "Quatsch"}},
        {"He said: “We will win.” Then he left.", {"We will win."}},
        {"She said ‘no’ twice, but the players’ union said yes.", {"no"}},
        {"Er schrieb »Das ist falsch« an den Rand.", {"Das ist falsch"}},
        {"Il cite ‹ le texte › ici.", {" le texte "}},
        {"He said \"yes\" and then \"no\".", {"yes", "no"}},
        {"«Il a parlé de ‹scandale› devant nous», dit-elle.", {"Il a parlé de ‹scandale› devant nous"}},
        {"L’homme n’a rien dit.", {}},
        // straight single quotes in headlines; apostrophes inside and after words stay apostrophes
        {"Mayor's plan is his 'biggest worry' and the players' union agrees", {"biggest worry"}},
        {"Vale: 'We won't leave.' Rivals doubt it", {"We won't leave."}},
        // mixed curly and straight marks, or the opening mark printed again at the close
        {"The mayor saw “no danger\" in the dam and \"fewer floods” every year.", {"no danger", "fewer floods"}},
        {"The dam was rated “Mostly Safe.“ Later it broke.", {"Mostly Safe."}},
        {"Le barrage est « sûr » selon “les experts\" du canton.", {" sûr ", "les experts"}},
        {"Der Damm sei „sicher“, sagte sie, und “stabil\" dazu.", {"sicher", "stabil"}},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(quoted(r.text) == r.quotes);
    }
}

TEST_CASE("an unbalanced mark never swallows the rest of the article", "[quotes][marks]") {
    std::string s = "Il a dit «non. Puis il est parti. Le conseil a voté » et « oui » ensuite « encore.";
    auto spans = find_quote_spans(s);
    for (const auto& q : spans)
        CHECK(q.close - q.open < s.size());
    Article a = body("fr", {"Le maire a parlé «sans fin. Rien ne suit.", "Le conseil a voté le budget hier soir."});
    auto qs = extract_quotes(a);
    for (const auto& q : qs)
        CHECK(q.text.find("Le conseil a voté") == std::string::npos);
}

TEST_CASE("speech-verb cues are found as written", "[quotes][cues]") {
    struct Row {
        const char* text;
        const char* lang;
        const char* cue;
        const char* pronoun;
    };
    const Row rows[] = {
        {"«Oui», a déclaré le ministre.", "fr", "a déclaré", ""},
        {"«Oui», a-t-il dit.", "fr", "a-t-il dit", "il"},
        {"«Oui», dit-elle.", "fr", "dit-elle", "elle"},
        {"«Oui», ajoute-t-il.", "fr", "ajoute-t-il", "il"},
        {"„Ja“, sagte die Ministerin.", "de", "sagte", ""},
        {"\"Yes,\" she said.", "en", "said", ""},
        {"«Sì», ha detto il sindaco.", "it", "ha detto", ""},
        {"«Sí», dijo la alcaldesa.", "es", "dijo", ""},
        // cues added from the kinds of lines met in news: German two-part verbs, Spanish present tense,
        // English newspaper verbs
        {"Der Direktor wies die Vorwürfe als „haltlos“ zurück.", "de", "wies", ""},
        {"Das Gericht wertete die Zahlung als „Verschwendung“.", "de", "wertete", ""},
        {"«No es por pesimismo», aclara la abuela.", "es", "aclara", ""},
        {"The Harbor Gazette reports that the ferry is late.", "en", "reports", ""},
        // English verbs of judgement and the progressive of news briefs
        {"The mayor condemned the plan as \"reckless\".", "en", "condemned", ""},
        {"Jane Doe is stressing the need for \"safe piers\".", "en", "stressing", ""},
        // German plural past tense: several speakers
        {"Die Fischer warnten vor einem „leeren Hafen“.", "de", "warnten", ""},
        {"Anwohner berichteten über erste „Schäden am Steg“.", "de", "berichteten", ""},
        // Italian and Spanish verbs of news reports, in the perfect and the past
        {"«Il molo è pronto», sostiene il sindaco.", "it", "sostiene", ""},
        {"«Il molo è pronto», ha puntualizzato il sindaco.", "it", "ha puntualizzato", ""},
        {"«Il molo è pronto», avevano ricordato i pescatori.", "it", "avevano ricordato", ""},
        {"«El muelle está listo», puntualizó la alcaldesa.", "es", "puntualizó", ""},
        {"«El muelle está listo», ha reiterado la alcaldesa.", "es", "ha reiterado", ""},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        std::string s = r.text;
        auto cues = find_cues(s, 0, s.size(), r.lang);
        REQUIRE_FALSE(cues.empty());
        CHECK(cues[0].text == r.cue);
        CHECK(cues[0].pronoun == r.pronoun);
    }
}

TEST_CASE("attribution patterns resolve the speaker", "[quotes][attribution]") {
    struct Row {
        const char* lang;
        std::vector<std::string> paragraphs;
        const char* text;
        QuoteKind kind;
        const char* speaker;
        const char* mention;
        const char* cue;
    };
    const std::vector<Row> rows = {
        {"fr", {"«Nous allons reconstruire l'école», a déclaré la maire, Claire Martin."},
         "Nous allons reconstruire l'école", QuoteKind::direct, "Claire Martin", "la maire, Claire Martin", "a déclaré"},
        {"fr", {"La maire de Lyonville, Claire Martin, a visité le chantier.", "«Les travaux avancent bien», a-t-elle ajouté."},
         "Les travaux avancent bien", QuoteKind::direct, "Claire Martin", "elle", "a-t-elle ajouté"},
        {"fr", {"Le maire Paul Roux a parlé.", "Il a déclaré: «Nous ne céderons pas devant la pression.»"},
         "Nous ne céderons pas devant la pression.", QuoteKind::direct, "Paul Roux", "Il", "a déclaré"},
        {"de", {"„Wir werden die Schule sanieren“, sagte Gemeindepräsidentin Anna Muster."},
         "Wir werden die Schule sanieren", QuoteKind::direct, "Anna Muster", "Gemeindepräsidentin Anna Muster", "sagte"},
        {"de", {"„Das Projekt kommt voran“, so Peter Meier."},
         "Das Projekt kommt voran", QuoteKind::direct, "Peter Meier", "Peter Meier", "so"},
        {"en", {"\"We will appeal the ruling,\" said Jane Doe, a spokeswoman for the company."},
         "We will appeal the ruling", QuoteKind::direct, "Jane Doe", "Jane Doe", "said"},
        {"en", {"Jane Doe runs the port.", "\"The cranes are old,\" she said."},
         "The cranes are old", QuoteKind::direct, "Jane Doe", "she", "said"},
        {"it", {"«La città è pronta», ha detto Marco Bianchi."},
         "La città è pronta", QuoteKind::direct, "Marco Bianchi", "Marco Bianchi", "ha detto"},
        {"es", {"«El puerto necesita inversión», dijo Lucía Gómez."},
         "El puerto necesita inversión", QuoteKind::direct, "Lucía Gómez", "Lucía Gómez", "dijo"},
        {"fr", {"Le ministre Paul Roux a jugé la décision «totalement inacceptable» devant la presse."},
         "totalement inacceptable", QuoteKind::partial, "Paul Roux", "Le ministre Paul Roux", "a jugé"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* found = find_quote(qs, r.text);
        REQUIRE(found);
        CHECK(found->kind == r.kind);
        CHECK(found->speaker.value_or("") == r.speaker);
        CHECK(found->mention.value_or("") == r.mention);
        CHECK(found->cue.value_or("") == r.cue);
    }
}

TEST_CASE("cues of several words are listed as phrases", "[quotes][attribution]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* text;
        const char* speaker;
        const char* cue;
    };
    const Row rows[] = {
        {"it", "«Il ponte riaprirà a maggio», ha fatto sapere Giulia Conti.", "Il ponte riaprirà a maggio",
         "Giulia Conti", "ha fatto sapere"},
        {"it", "«Non ci saranno nuove tasse», ha messo in chiaro il sindaco Paolo Ferri.", "Non ci saranno nuove tasse",
         "Paolo Ferri", "ha messo in chiaro"},
        {"es", "«La planta cerrará en junio», dio a conocer Marta Ruiz.", "La planta cerrará en junio", "Marta Ruiz",
         "dio a conocer"},
        {"es", "«No habrá despidos», hizo saber el alcalde Jorge Pardo.", "No habrá despidos", "Jorge Pardo",
         "hizo saber"},
        {"fr", "«Le musée restera ouvert cet été», a fait savoir Hélène Roche.", "Le musée restera ouvert cet été",
         "Hélène Roche", "a fait savoir"},
        {"fr", "«Rien n'est encore décidé», a tenu à préciser le maire Louis Brun.", "Rien n'est encore décidé",
         "Louis Brun", "a tenu à préciser"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto qs = extract_quotes(body(r.lang, {r.paragraph}));
        const Quote* found = find_quote(qs, r.text);
        REQUIRE(found);
        CHECK(found->kind == QuoteKind::direct);
        CHECK(found->speaker.value_or("") == r.speaker);
        CHECK(found->cue.value_or("") == r.cue);
    }
    // The clitic of an inverted auxiliary is the subject: "a-t-elle tenu à préciser".
    auto qs = extract_quotes(body("fr", {"La directrice, Anne Vidal, a visité l'usine.",
                                         "«Personne ne sera licencié», a-t-elle tenu à préciser."}));
    const Quote* found = find_quote(qs, "Personne ne sera licencié");
    REQUIRE(found);
    CHECK(found->speaker.value_or("") == "Anne Vidal");
    CHECK(found->cue.value_or("") == "a-t-elle tenu à préciser");
}

TEST_CASE("a paragraph of dialogue opened by a dash quotes until the dash before its cue", "[quotes][attribution]") {
    struct Row {
        const char* lang;
        std::vector<std::string> paragraphs;
        const char* text;
        const char* speaker;
        const char* cue;
    };
    const std::vector<Row> rows = {
        {"es", {"—No pensamos retirar la demanda —dijo Rosa Prieto—. Iremos hasta el final."},
         "No pensamos retirar la demanda", "Rosa Prieto", "dijo"},
        {"es", {"La portavoz del comité, Elena Soto, habló tras la reunión.", "—Habrá más huelgas —afirmó la portavoz."},
         "Habrá más huelgas", "Elena Soto", "afirmó"},
        {"it", {"– Non molleremo adesso – ha detto Paolo Ferri."}, "Non molleremo adesso", "Paolo Ferri", "ha detto"},
        {"pt", {"—Vamos reabrir a escola —afirmou Joana Reis."}, "Vamos reabrir a escola", "Joana Reis", "afirmou"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* found = find_quote(qs, r.text);
        REQUIRE(found);
        CHECK(found->kind == QuoteKind::direct);
        CHECK(found->speaker.value_or("") == r.speaker);
        CHECK(found->cue.value_or("") == r.cue);
    }
    // The words after the dash closing the attribution are the speaker's again.
    const std::vector<Row> more_rows = {
        {"es", {"—No cerraremos la escuela —dijo Rosa Prieto—. Los niños se quedan aquí."}, "Los niños se quedan aquí.",
         "Rosa Prieto", ""},
        {"pt", {"—Não vamos fechar a escola —disse Joana Reis—. As crianças ficam aqui."}, "As crianças ficam aqui.",
         "Joana Reis", ""},
    };
    for (const auto& r : more_rows) {
        INFO(r.paragraphs.back());
        auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* more = find_quote(qs, r.text);
        REQUIRE(more);
        CHECK(more->speaker.value_or("") == r.speaker);
    }
    // Dashes of parenthesis, and a dash opening a list item, quote nothing.
    for (const char* p : {"El alcalde —que llegó tarde— no quiso hablar con la prensa.",
                          "— La nueva línea de autobús — horarios y paradas en la web municipal.",
                          "Il sindaco – arrivato in ritardo – ha detto poche parole ai cronisti."}) {
        INFO(p);
        CHECK(extract_quotes(body("es", {p})).empty());
    }
}

TEST_CASE("a quote in the headline is attributed from the body", "[quotes][headline]") {
    Article a = body("fr", {"«Nous resterons», a déclaré le maire, Paul Roux, devant la presse."});
    a.headline = "«Nous ne partirons pas d'ici»";
    auto qs = extract_quotes(a);
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].where == Where::headline);
    CHECK(qs[0].speaker == "Paul Roux");
}

TEST_CASE("a headline quote goes to the body quote sharing the most of its distinct words", "[quotes][headline]") {
    // Mara Pell's words repeat "the" and hold "tide": two of the headline's six words, however often they come.
    Article a = body("en", {"\"The sea, the sea, the sea took the tide,\" said Mara Pell.",
                            "\"The tide may turn in spring,\" Otto Quill said."});
    a.headline = "\"The tide will turn by spring\"";
    auto qs = extract_quotes(a);
    REQUIRE(qs.size() == 3);
    CHECK(qs[0].where == Where::headline);
    CHECK(qs[1].speaker == "Mara Pell");
    CHECK(qs[2].speaker == "Otto Quill");
    CHECK(qs[0].speaker == "Otto Quill");
}

TEST_CASE("a quote running over paragraphs is one quote", "[quotes][multi]") {
    Article a = body("en", {"Jane Doe spoke at length about the port.", "\"The first problem is money.",
                            "\"The second problem is time,\" she said."});
    auto qs = extract_quotes(a);
    bool merged = false;
    for (const auto& q : qs)
        merged = merged || q.text.find("money. The second problem is time") != std::string::npos;
    CHECK(merged);
}

TEST_CASE("a sentence interrupted by its attribution is one quote", "[quotes][split]") {
    const OneQuoteRow rows[] = {
        {"en", "\"If the ferry stops,\" Nora Field said, \"the island empties within a year.\"",
         "If the ferry stops, the island empties within a year.", "Nora Field"},
        {"fr", "«Si le bac s'arrête», a dit Claire Martin, «l'île se vide en un an.»",
         "Si le bac s'arrête l'île se vide en un an.", "Claire Martin"},
        {"de", "„Wenn die Fähre ausfällt“, sagte Jonas Keller, „ist die Insel in einem Jahr leer.“",
         "Wenn die Fähre ausfällt ist die Insel in einem Jahr leer.", "Jonas Keller"},
        // A nested quote closing with the outer one leaves the outer quote's comma inside both: the quote
        // still ends its clause and opens the interrupted sentence.
        {"en", "\"They told us, 'the ferry runs,'\" Nora Field said, \"and then it stopped.\"",
         "They told us, 'the ferry runs,' and then it stopped.", "Nora Field"},
        {"en", "“They told us, ‘the ferry runs,’” Nora Field said, “and then it stopped.”",
         "They told us, ‘the ferry runs,’ and then it stopped.", "Nora Field"},
        {"fr", "«Ils nous ont dit ‹le bac part,›» a dit Claire Martin, «puis il s'est arrêté.»",
         "Ils nous ont dit ‹le bac part,› puis il s'est arrêté.", "Claire Martin"},
        {"de", "„Sie sagten ‚die Fähre fährt,‘“ sagte Jonas Keller, „dann stand sie still.“",
         "Sie sagten ‚die Fähre fährt,‘ dann stand sie still.", "Jonas Keller"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto qs = extract_quotes(body(r.lang, {r.paragraph}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].text == r.text);
        CHECK(qs[0].kind == QuoteKind::direct);
        CHECK(qs[0].speaker.value_or("") == r.speaker);
    }
    // English news counts the sentence right after the attribution as the same quotation ("“Q1,” X said.
    // “Q2.”"); French and German count a new quote there.
    {
        auto qs = extract_quotes(body("en", {"\"The ferry is late,\" Nora Field said. \"The island waits every day for it.\""}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].text == "The ferry is late, The island waits every day for it.");
        CHECK(qs[0].speaker.value_or("") == "Nora Field");
    }
    struct Row {
        const char* lang;
        const char* paragraph;
    };
    const Row apart[] = {
        {"fr", "«Le bac est en retard», a dit Claire Martin. «L'île attend chaque jour.»"},
        {"de", "„Die Fähre ist spät“, sagte Jonas Keller. „Die Insel wartet jeden Tag darauf.“"},
        {"es", "«El barco llega tarde», dijo Rosa Quintana. «La isla lo espera cada día.»"},
        // words introduced by a colon are a quote of their own
        {"fr", "«Le bac est en retard», dit Claire Martin, et ajoute: «L'île attend chaque jour.»"},
        // after a comma, words opening with a capital are not the rest of the interrupted sentence
        {"en", "\"The plan works,\" Nora Field said, listing questions such as, \"Who pays for the pier?\""},
        {"fr", "«Le plan marche», a dit Claire Martin, avec cette question, «Qui paie le quai?»"},
        {"de", "„Der Plan funktioniert“, sagte Jonas Keller mit Blick auf die Frage, „Wer bezahlt den Steg?“"},
        {"es", "«El plan funciona», dijo Rosa Quintana, que citó, «¿Quién paga el muelle?»"},
        // a second quote with its own cue, or after another sentence of the writer's, stands apart
        {"en", "\"The ferry is late,\" Nora Field said. \"The island waits every day,\" she added."},
        {"en", "\"The ferry is late,\" Nora Field said. The island has no road. \"We wait every day.\""},
    };
    for (const auto& r : apart) {
        INFO(r.paragraph);
        CHECK(extract_quotes(body(r.lang, {r.paragraph})).size() == 2);
    }
}

namespace {

// The quotes found in `headline` over a body of one paragraph.
std::vector<Quote> headline_quotes(const char* lang, const char* headline, const char* paragraph) {
    Article a = body(lang, {paragraph});
    a.headline = headline;
    std::vector<Quote> found;
    for (auto& q : extract_quotes(a))
        if (q.where == Where::headline)
            found.push_back(std::move(q));
    return found;
}

} // namespace

TEST_CASE("a short headline quote counts when the headline names its speaker", "[quotes][headline]") {
    struct Row {
        const char* lang;
        const char* headline;
        const char* paragraph;
        std::size_t headline_quotes;
    };
    const Row rows[] = {
        {"en", "Mayor Calls the Ferry Plan 'A Disgrace'", "\"The plan is a disgrace,\" said Mayor Tom Vale.", 1},
        {"en", "Vale: Rivals Were 'Mocking' the Town", "\"They were mocking us,\" said Mayor Tom Vale.", 1},
        {"fr", "Le maire dénonce un projet «honteux»", "«Ce projet est honteux», a déclaré le maire, Paul Roux.", 1},
        {"de", "Saturnsonde „Cassini“ erreicht den Mond", "„Die Sonde arbeitet gut“, sagte die Forscherin Anna Muster.", 0},
        {"en", "Town Hall Hosts 'Open Day'", "\"Everyone is welcome,\" said Mayor Tom Vale.", 0},
        // A headline naming a speaker by a cue or a colon, without quote marks, quotes no one.
        {"en", "Vale Says: The Ferry Plan Is a Disgrace", "\"The plan is a disgrace,\" said Mayor Tom Vale.", 0},
        {"de", "Vale sagt: Der Fährplan ist eine Schande", "„Der Plan ist eine Schande“, sagte Bürgermeister Tom Vale.", 0},
    };
    for (const auto& r : rows) {
        INFO(r.headline);
        CHECK(headline_quotes(r.lang, r.headline, r.paragraph).size() == r.headline_quotes);
    }
}

TEST_CASE("an interview's headline quote is said by the person it names before its colon", "[quotes][headline]") {
    struct Row {
        const char* lang;
        const char* headline;
        const char* paragraph;
        std::optional<std::string> speaker;
    };
    const Row rows[] = {
        {"es", "Lucía Ferrán: \"El puerto no espera a nadie\"",
         "Lucía Ferrán dirige el puerto desde hace diez años y conoce cada muelle por su nombre.", "Lucía Ferrán"},
        {"en", "Tom Vale: 'The ferry will not wait for anyone'",
         "Tom Vale has run the ferry for ten years and knows every pier by its name.", "Tom Vale"},
        {"de", "Anna Muster: „Die Fähre wartet auf niemanden“",
         "Anna Muster leitet den Hafen seit zehn Jahren und kennt jeden Steg beim Namen.", "Anna Muster"},
        // Words before the colon that the body does not print, or a single word, name no one.
        {"en", "Breaking News: 'The ferry will not wait for anyone'",
         "Tom Vale has run the ferry for ten years and knows every pier by its name.", std::nullopt},
        {"en", "Vale: 'The ferry will not wait for anyone'",
         "Tom Vale has run the ferry for ten years and knows every pier by its name.", std::nullopt},
    };
    for (const auto& r : rows) {
        INFO(r.headline);
        const auto quotes = headline_quotes(r.lang, r.headline, r.paragraph);
        REQUIRE(quotes.size() == 1);
        CHECK(quotes[0].speaker == r.speaker);
    }
}

TEST_CASE("a quoted transcript turn is its speaker's words", "[quotes][transcript]") {
    struct Row {
        std::string lang;
        std::vector<std::string> paragraphs;
        std::string text, speaker;
    };
    const std::vector<Row> rows = {
        {"en",
         {"\u201CHARLAN: Will the bridge open before the winter? We keep hearing about delays.",
          "\u201COKAFOR: The bridge opens in November, and the ferry keeps running until then.\u201D"},
         "Will the bridge open before the winter? We keep hearing about delays.",
         "HARLAN"},
        {"en",
         {"\u201CHARLAN: Will the bridge open before the winter? We keep hearing about delays.",
          "\u201COKAFOR: The bridge opens in November, and the ferry keeps running until then.\u201D"},
         "The bridge opens in November, and the ferry keeps running until then.",
         "OKAFOR"},
        {"de",
         {"\u201EBRANDT: Wann fährt die neue Fähre? Die Pendler warten seit Monaten.",
          "\u201ESEIDEL: Die Fähre fährt ab März, bis dahin bleibt der Bus.\u201C"},
         "Die Fähre fährt ab März, bis dahin bleibt der Bus.",
         "SEIDEL"},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* found = find_quote(qs, r.text);
        REQUIRE(found);
        CHECK(found->kind == QuoteKind::direct);
        CHECK(found->speaker.value_or("") == r.speaker);
    }
    // a capitalised heading inside a quote is no speaker: "“NOTE" has no colon and a lower-case word after
    auto qs = extract_quotes(body("en", {"\u201CNote: the ferry keeps running, she said.\u201D"}));
    for (const auto& q : qs)
        CHECK(q.speaker.value_or("") != "Note");
}

TEST_CASE("verbs of shouting, asking, scolding and likening are cues", "[quotes][cues]") {
    const OneQuoteRow rows[] = {
        {"en", "\u201CNobody leaves before the count is done,\u201D shouted Marta Quill.",
         "Nobody leaves before the count is done", "Marta Quill"},
        {"en", "\u201CYou had three months to fix the roof,\u201D Colin Parry scolded.",
         "You had three months to fix the roof", "Colin Parry"},
        {"en", "\u201CThe budget adds up to the last cent,\u201D Ines Varga asserted.",
         "The budget adds up to the last cent", "Ines Varga"},
        {"de", "\u201EAlle bleiben im Saal\u201C, rief Jonas Brettschneider.", "Alle bleiben im Saal",
         "Jonas Brettschneider"},
        {"de", "\u201EWer zahlt am Ende die Rechnung für den Deich?\u201C, fragte Hanne Wollstedt.",
         "Wer zahlt am Ende die Rechnung für den Deich?", "Hanne Wollstedt"},
        {"de", "Der Kämmerer Udo Rinck fragt: \u201EWoher soll das Geld für den Deich kommen?\u201C",
         "Woher soll das Geld für den Deich kommen?", "Udo Rinck"},
        {"en", "\u201CWho pays for the dike in the end?\u201D asked Hanne Wollstedt.",
         "Who pays for the dike in the end?", "Hanne Wollstedt"},
        // (the paper that quotes someone's words with a colon is the source named for them)
        {"de", "Das Wochenblatt Nordkurier zitiert dazu den Deichgrafen Jan Kolbe mit folgenden Worten: \u201EDie "
               "Brücke wird im Mai eröffnet.\u201C",
         "Die Brücke wird im Mai eröffnet.", "Wochenblatt Nordkurier"},
        {"de", "\u201EDas Dach hätte längst repariert sein müssen\u201C, rügte Petra Kalweit.",
         "Das Dach hätte längst repariert sein müssen", "Petra Kalweit"},
        {"en", "Mayor Tess Arden likened the new parking fee to \u201Ca leaky bucket\u201D as the council met.", "a leaky bucket",
         "Tess Arden"},
        {"de", "Stadträtin Vera Lindqvist verglich die neue Parkgebühr mit einem \u201Eleckenden Eimer\u201C.",
         "leckenden Eimer", "Vera Lindqvist"},
    };
    check_said_by(rows);
}

TEST_CASE("a question or an exclamation closing a quote leaves the name and cue after it the attribution",
          "[quotes][attribution]") {
    const OneQuoteRow rows[] = {
        {"en", "\u201CWho would have thought the ferry would run on time all winter?\u201D Ansel Brooke said, "
               "looking out at the harbour.",
         "Who would have thought the ferry would run on time all winter?", "Ansel Brooke"},
        {"en", "\u201CNot one more tree comes down in this park!\u201D Delia Marsh shouted.",
         "Not one more tree comes down in this park!", "Delia Marsh"},
        {"de", "\u201EWer soll die neue Brücke über den Kanal denn bezahlen?\u201C Jorinde Faller rief.",
         "Wer soll die neue Brücke über den Kanal denn bezahlen?", "Jorinde Faller"},
        {"nl", "\u201CWie gaat die nieuwe brug over het kanaal eigenlijk betalen?\u201D Wouter Dijkgraaf zei.",
         "Wie gaat die nieuwe brug over het kanaal eigenlijk betalen?", "Wouter Dijkgraaf"},
    };
    check_said_by(rows);
    // A sentence of the writer's opening after the question with a pronoun or going on past its verb
    // attributes nothing.
    const std::pair<const char*, const char*> others[] = {
        {"de", "\u201EWer soll die neue Brücke über den Kanal bezahlen?\u201C Er sagte dazu nichts mehr."},
        {"en", "\u201CWho is paying for the new bridge over the canal?\u201D Mira Tell said nothing more about it."}};
    for (const auto& [lang, p] : others) {
        INFO(p);
        const auto qs = extract_quotes(body(lang, {p}));
        for (const auto& q : qs)
            CHECK(!q.cue);
    }
}
