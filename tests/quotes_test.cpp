// Table-driven tests of quote marks, cues and attribution, in several languages.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"
#include "lexicon.hpp"
#include "text.hpp"
#include "archive/archive.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The speakers of a page in `language`, no one named yet.
quoting::Speakers speakers_for(const std::string& language) {
    quoting::Speakers sp;
    sp.lexs = quoting::lexicons_for(language);
    return sp;
}

std::vector<std::string> quoted(const std::string& s) {
    std::vector<std::string> out;
    for (const auto& q : find_quote_spans(s))
        if (q.closed)
            out.push_back(s.substr(q.open + q.open_len, q.close - q.open - q.open_len));
    return out;
}

Article body(const std::string& lang, std::vector<std::string> paragraphs) {
    Article a;
    a.language = lang;
    a.sections.push_back(Section{std::nullopt, std::move(paragraphs)});
    return a;
}

const Quote* find_quote(const std::vector<Quote>& qs, const std::string& text) {
    for (const auto& q : qs)
        if (q.text == text)
            return &q;
    return nullptr;
}

} // namespace

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

TEST_CASE("role descriptions resolve to compatible people", "[quotes][speakers]") {
    Article a = body("fr", {
        "Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré son homologue John Kerry.",
        "Le président français François Hollande a ouvert la réunion à Paris.",
        "«Nous devons agir vite et ensemble», a souligné le responsable russe.",
    });
    auto qs = extract_quotes(a);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker == "Sergueï Lavrov");
    CHECK(qs[0].mention == "le responsable russe");
}

namespace {

// One paragraph, the one quote found in it, and who said it.
struct OneQuoteRow {
    const char* lang;
    const char* paragraph;
    const char* text;
    const char* speaker;
};

// Each paragraph holds one quote, of kind indirect, with its text and speaker.
template <std::size_t N>
void check_indirect(const OneQuoteRow (&rows)[N]) {
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto qs = extract_quotes(body(r.lang, {r.paragraph}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].kind == QuoteKind::indirect);
        CHECK(qs[0].text == r.text);
        CHECK(qs[0].speaker.value_or("") == r.speaker);
    }
}

// Each paragraph holds the quote `text`, found with a cue and given to `speaker`.
template <std::size_t N>
void check_said_by(const OneQuoteRow (&rows)[N]) {
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {r.paragraph}));
        const Quote* said = find_quote(qs, r.text);
        REQUIRE(said);
        CHECK((said->cue && said->speaker.value_or("") == r.speaker));
    }
}

} // namespace

TEST_CASE("indirect speech with a cue verb", "[quotes][indirect]") {
    const OneQuoteRow rows[] = {
        {"fr", "Le budget sera équilibré dès l'an prochain, a déclaré mardi la ministre des finances, Claire Martin.",
         "Le budget sera équilibré dès l'an prochain", "Claire Martin"},
        {"fr", "Claire Martin a affirmé que le budget serait équilibré dès l'an prochain.",
         "le budget serait équilibré dès l'an prochain", "Claire Martin"},
        {"en", "The port will reopen on Monday after the repairs are finished, Jane Doe said.",
         "The port will reopen on Monday after the repairs are finished", "Jane Doe"},
        {"de", "Die Brücke wird im Frühling wieder geöffnet und bleibt bis dahin gesperrt, sagte Anna Muster.",
         "Die Brücke wird im Frühling wieder geöffnet und bleibt bis dahin gesperrt", "Anna Muster"},
    };
    check_indirect(rows);
}

TEST_CASE("reported speech introduced by an according phrase names its speaker", "[quotes][indirect]") {
    const OneQuoteRow rows[] = {
        {"de", "Dem Stadtrat Lukas Brandl zufolge wird die Schule im Herbst saniert.",
         "wird die Schule im Herbst saniert", "Lukas Brandl"},
        {"it", "Secondo quanto riferito da Chiara Valli, il cantiere chiuderà entro l'estate.",
         "il cantiere chiuderà entro l'estate", "Chiara Valli"},
        {"es", "Según informó Andrés Molina, la carretera estará cortada hasta el lunes.",
         "la carretera estará cortada hasta el lunes", "Andrés Molina"},
    };
    check_indirect(rows);
}

TEST_CASE("scare quotes and titles are not quotations", "[quotes][filter]") {
    for (const char* p : {"Le film «Les Misérables» sort mercredi dans les salles du pays.",
                          "Die Operation „Morgenrot“ begann am Montag im Norden.",
                          "The so-called \"Big Deal\" was signed on Friday in Brussels."}) {
        INFO(p);
        CHECK(extract_quotes(body("", {p})).empty());
    }
}

TEST_CASE("a word of distance or naming before the marks makes no quotation, even beside a cue", "[quotes][filter]") {
    // A speech verb later in the sentence ("have criticised") would otherwise make the term someone's words.
    const std::pair<const char*, const char*> rows[] = {
        {"en", "The so-called \"experts\" of the county have criticised the plan for months, the mayor said."},
        {"en", "A self-styled \"harbour king\" told the council on Monday that the plan would fail."},
        {"fr", "Les soi-disant «experts» du canton critiquent le projet depuis des mois, a déclaré le maire."},
        {"fr", "La loi dite «Horizon» a été critiquée lundi par le maire, qui a déclaré son opposition."},
        {"de", "Die sogenannten „Experten“ des Kantons kritisieren das Projekt seit Monaten, sagte der Bürgermeister."},
        {"it", "I cosiddetti «esperti» del cantone criticano il progetto da mesi, ha detto il sindaco."},
        {"es", "Los supuestos «expertos» del cantón critican el proyecto desde hace meses, dijo el alcalde."},
    };
    for (const auto& [language, p] : rows) {
        INFO(p);
        for (const Quote& q : extract_quotes(body(language, {p})))
            CHECK(q.kind == QuoteKind::indirect); // (the sentence may still report speech as a whole)
    }
    // Without such a word the quoted term next to a cue stays someone's words.
    auto qs = extract_quotes(body("en", {"The \"experts\" of the county have it wrong, the mayor, Jane Roe, said on Monday."}));
    bool kept = false;
    for (const Quote& q : qs)
        kept = kept || q.text == "experts";
    CHECK(kept);
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

namespace {

// One row per attribution heuristic: the language, the paragraphs, the quote, and who said it.
struct SpeakerRow {
    const char* lang;
    std::vector<std::string> paragraphs;
    const char* text;
    const char* speaker;
};

void check_speakers(const std::vector<SpeakerRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* found = find_quote(qs, r.text);
        REQUIRE(found);
        CHECK(found->speaker.value_or("") == r.speaker);
    }
}

// A row of check_cues: the quote's cue and speaker, and its mention when `mention` is given; `may_drop`: a quote
// with no cue may also be left out.
struct CueRow {
    const char* lang;
    std::vector<std::string> paragraphs;
    const char* text;
    const char* cue;
    const char* speaker;
    const char* mention = nullptr;
    bool may_drop = false;
};

void check_cues(const std::vector<CueRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* q = find_quote(qs, r.text);
        CHECK((q != nullptr || r.may_drop));
        if (q == nullptr)
            continue;
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->speaker.value_or("") == r.speaker);
        if (r.mention != nullptr)
            CHECK(q->mention.value_or("") == r.mention);
    }
}

} // namespace

TEST_CASE("a role description agrees in gender with the person it names", "[quotes][speakers][gender]") {
    // The woman and the man are both described; the last quote's role word matches neither description, so only
    // its gender (an article, a feminine or masculine role noun, German -in) tells them apart.
    check_speakers({
        {"fr", {"La députée Claire Morel a rencontré lundi le ministre Paul Roux pour parler du port.",
                "«Nous restons prudents», a ajouté la responsable."}, "Nous restons prudents", "Claire Morel"},
        {"fr", {"Le ministre Paul Roux a rencontré lundi la députée Claire Morel pour parler du port.",
                "«Rien n'est décidé», a répondu le responsable."}, "Rien n'est décidé", "Paul Roux"},
        {"en", {"Jane Doe, a spokeswoman for the port, met the minister, John Roe, on Monday.",
                "\"Nothing is decided yet,\" the spokeswoman replied."}, "Nothing is decided yet", "Jane Doe"},
        {"de", {"Die Bürgermeisterin Anna Keller traf am Montag den Minister Peter Roth im Rathaus.",
                "„Noch ist nichts entschieden“, sagte die Sprecherin."}, "Noch ist nichts entschieden", "Anna Keller"},
        {"it", {"La sindaca Giulia Rossi ha incontrato lunedì il ministro Marco Bianchi in comune.",
                "«Non è ancora deciso nulla», ha detto la responsabile."}, "Non è ancora deciso nulla", "Giulia Rossi"},
        {"es", {"La alcaldesa Lucía Gómez se reunió el lunes con el ministro Pedro Ruiz en el ayuntamiento.",
                "«Todavía no hay nada decidido», dijo la responsable."}, "Todavía no hay nada decidido", "Lucía Gómez"},
        // a complement's article is not the person's: "le chef de la diplomatie" is a man
        {"fr", {"La sénatrice Anne Berg a salué le chef de la diplomatie, Marc Weber, à Genève.",
                "«Nous avançons», a déclaré le responsable."}, "Nous avançons", "Marc Weber"},
    });
}


TEST_CASE("note_names notes a name with its words one space apart", "[quotes][speakers]") {
    // (a name's words one space apart are taken as they stand; any other gap is collapsed to one space)
    struct Row {
        const char* language;
        const char* text;
        const char* name;
    };
    const Row rows[] = {
        {"de", "Seit dem frühen Morgen wartete die Sprecherin Mara  Lind am Kai.", "Mara Lind"},
        {"en", "At the quay, harbour pilot Ola \tVik waited since dawn.", "Ola Vik"},
        {"fr", "Sur le quai, la pilote Inès Vidal attendait depuis l'aube.", "Inès Vidal"},
        {"en", "At the quay, harbour pilot G.K. Moss waited since dawn.", "G.K. Moss"},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        quoting::Extractor ex;
        ex.sp.lexs = quoting::lexicons_for(r.language);
        const std::string_view s = r.text;
        const auto ws = quoting::words_of(s, 0, s.size(), &ex.sp.lexs);
        quoting::note_names(ex, s, ws, {}, 0);
        std::vector<std::string> names;
        for (const auto& p : ex.sp.people)
            names.push_back(p.name);
        INFO(names.size() << " names, the first: " << (names.empty() ? "" : names.front()));
        CHECK(std::find(names.begin(), names.end(), std::string(r.name)) != names.end());
    }
}

TEST_CASE("title abbreviations and initials stay inside the name", "[quotes][speakers]") {
    check_speakers({
        {"en", {"\"The pier will close in May,\" said Rep. J.R. Vale, who chairs the harbor board."},
         "The pier will close in May", "J.R. Vale"},
        {"en", {"Tom Vale runs the ferry company.", "\"The boats are full every day,\" said Mr. Vale, who owns four."},
         "The boats are full every day", "Tom Vale"},
        {"en", {"\"We need a new bridge over the river,\" Rep. Dana Holt said on Monday."},
         "We need a new bridge over the river", "Dana Holt"},
        {"en", {"\"The tunnel will open next spring,\" said Walter B. Crane, the city engineer."},
         "The tunnel will open next spring", "Walter B. Crane"},
        {"de", {"„Die Proben zeigen keine Belastung“, sagte Prof. Anna Berger vom Institut."},
         "Die Proben zeigen keine Belastung", "Anna Berger"},
        {"fr", {"«La récolte sera bonne cette année», a déclaré Mme. Claire Dubois."},
         "La récolte sera bonne cette année", "Claire Dubois"},
    });
}

TEST_CASE("a bare surname or acronym is the speaker", "[quotes][speakers]") {
    check_speakers({
        {"en", {"\"The budget is balanced for the first time,\" Okafor said."},
         "The budget is balanced for the first time", "Okafor"},
        {"en", {"Mara Okafor leads the council.", "\"The budget is balanced for the first time,\" Okafor said."},
         "The budget is balanced for the first time", "Mara Okafor"},
        {"fr", {"«Le budget est enfin équilibré cette année», a déclaré Okafor."},
         "Le budget est enfin équilibré cette année", "Okafor"},
        {"es", {"«El presupuesto está equilibrado este año», dijo Okafor."},
         "El presupuesto está equilibrado este año", "Okafor"},
        {"de", {"„Der Haushalt ist dieses Jahr ausgeglichen“, sagte die VKU."},
         "Der Haushalt ist dieses Jahr ausgeglichen", "VKU"},
        {"fr", {"Le conseil a voté le budget. L'assemblée dénonce un « mauvais calcul de la ville »."},
         "mauvais calcul de la ville", ""},
    });
}

TEST_CASE("the subject of the cue is found around it", "[quotes][speakers]") {
    check_speakers({
        // a pronoun opening the mention is the subject, whatever nouns follow
        {"de", {"Lena Vogt leitet das Amt.", "Sie hielt die Reform der Schulordnung für richtig und nannte sie „längst überfällig“."},
         "längst überfällig", "Lena Vogt"},
        {"en", {"Lena Vogt runs the office.", "She kept the Harbor Board Plan in view and called it \"long overdue\"."},
         "long overdue", "Lena Vogt"},
        // the subject after the verb, before a colon
        {"de", {"Der Lokalzeitung sagte Tomas Brenner: „Ich bleibe im Amt, bis die Arbeit erledigt ist.“"},
         "Ich bleibe im Amt, bis die Arbeit erledigt ist.", "Tomas Brenner"},
        {"de", {"Ähnlich äußerte sich der Bürgermeister Karl Huber: „Die Brücke bleibt vorerst gesperrt.“"},
         "Die Brücke bleibt vorerst gesperrt.", "Karl Huber"},
        {"de", {"Karl Huber ist Gemeinderat.", "Als er vom Moderator Jan Stein gefragt wurde, was er plane, entgegnete Huber empört: „Das sage ich Ihnen nicht.“"},
         "Das sage ich Ihnen nicht.", "Karl Huber"},
        // the object follows the verb: the subject is the name opening the sentence
        {"de", {"Jana Roth, Präsidentin des Quartiervereins, lobte den Plan zwar, bezeichnete die Kosten aber als „viel zu hoch“."},
         "viel zu hoch", "Jana Roth"},
        // the subject of a coordinated verb opens the clause
        {"de", {"Die BVK bestätigte die Angaben des Vereins nicht und nannte sie „blanke Fantasie“."},
         "blanke Fantasie", "BVK"},
        {"en", {"Okafor skipped the Budget Committee hearing on Monday and called the plan \"a shameful waste\"."},
         "a shameful waste", "Okafor"},
    });
}

TEST_CASE("pronouns and follow-up quotes go to people, not places or bodies", "[quotes][speakers]") {
    check_speakers({
        // a name followed by a particle and a body: "X von Human Rights Watch"
        {"de", {"Jonas Keller von Green Water Watch sprach vor der Presse.", "„Das Wasser ist seit Jahren belastet“, sagte Keller."},
         "Das Wasser ist seit Jahren belastet", "Jonas Keller"},
        {"es", {"Ana Ruiz de la Universidad Central habló ayer.", "«El agua está contaminada desde hace años», dijo Ruiz."},
         "El agua está contaminada desde hace años", "Ana Ruiz"},
        // "he" skips a place named after the person
        {"en", {"Mayor Tom Vale spoke in South Carolina last week.", "\"We have to rebuild the levee this year,\" he said."},
         "We have to rebuild the levee this year", "Tom Vale"},
        {"de", {"Martin Roth, Sprecher des Vereins, reiste letzte Woche nach Neu Delhi.", "„Wir kommen im Sommer wieder nach Hause“, sagte er."},
         "Wir kommen im Sommer wieder nach Hause", "Martin Roth"},
        // a follow-up quote without a cue stays with the speaker, not with a university named meanwhile (in
        // English it continues the quotation)
        {"en", {"\"The levee is too low,\" said Tom Vale, a fellow at Harbor State University. \"It will fail in the next storm.\""},
         "The levee is too low, It will fail in the next storm.", "Tom Vale"},
        {"de", {"„Der Deich ist zu niedrig“, sagte Jonas Keller, Forscher an der Hafen-Universität. „Er bricht beim nächsten Sturm.“"},
         "Er bricht beim nächsten Sturm.", "Jonas Keller"},
    });
}

TEST_CASE("present-tense cues, dropped subjects and inserts", "[quotes][speakers]") {
    check_speakers({
        // a present-tense cue and a short insert before the subject
        {"es", {"«Esto ya no es un puerto sino un desierto», lamenta, por su parte, Rosa Quintana, vecina del barrio."},
         "Esto ya no es un puerto sino un desierto", "Rosa Quintana"},
        {"en", {"\"The ferry is always late in winter,\" said, however, Tom Vale, the harbour master."},
         "The ferry is always late in winter", "Tom Vale"},
        // a verb without a subject continues the last speaker
        {"es", {"«El agua volvió al barrio», dijo Rosa Quintana. «Nuestro reclamo lleva diez años», aclara."},
         "Nuestro reclamo lleva diez años", "Rosa Quintana"},
        {"it", {"«Il ponte è chiuso», ha detto Marco Bianchi. «Riaprirà a maggio», aggiunge."},
         "Riaprirà a maggio", "Marco Bianchi"},
        // a first name alone refers to the full name met before
        {"es", {"Rosa Quintana vive en el barrio desde 1990.", "«Nos olvidaron otra vez», dice Rosa."},
         "Nos olvidaron otra vez", "Rosa Quintana"},
        // a name set off by commas after the description opening the clause
        {"de", {"Der Sprecher des Hilfswerks, Tomas Brenner, teilte am Morgen mit, dies sei ein „stolzer Moment“."},
         "stolzer Moment", "Tomas Brenner"},
        {"fr", {"Le porte-parole de l'association, Marc Leblanc, a dénoncé « un gâchis de plusieurs millions »."},
         "un gâchis de plusieurs millions", "Marc Leblanc"},
    });
}

TEST_CASE("a quote ending its sentence is not attributed by the next one", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Jonas Keller sagte dazu: „Das Amt hat versagt.“ Er bezeichnete die Behörde als träge."},
         "Das Amt hat versagt.", "Jonas Keller"},
        {"en", {"Tom Vale told reporters: \"The office failed.\" He called the agency slow."},
         "The office failed.", "Tom Vale"},
        // ... also when the next sentence holds a quote of its own
        {"de", {"Jonas Keller, Sprecher des Vereins, kommentierte: „Das Amt hat versagt.“ Sie bezeichnete die Lage als „Skandal“."},
         "Das Amt hat versagt.", "Jonas Keller"},
    });
}

TEST_CASE("long subjects with appositions, parentheses and abbreviations", "[quotes][speakers]") {
    check_speakers({
        // "Q," Name, long apposition, said
        {"en", {"\"The river is rising too fast,\" Nora Field, the director of the county flood office, one of three agencies on site, said on Monday."},
         "The river is rising too fast", "Nora Field"},
        {"en", {"\"The vote is not optional,\" committee Chairman Rep. Dana Holt (R-Ore.) said after the hearing."},
         "The vote is not optional", "Dana Holt"},
        {"en", {"\"The veto will be overridden,\" Senate Majority Leader Tom Vale, R-Ore., said Tuesday."},
         "The veto will be overridden", "Tom Vale"},
        // Name, apposition, said, "Q"
        {"en", {"Democratic nominee Nora Field, at a later press briefing, said, \"We will rebuild the bridge this year.\""},
         "We will rebuild the bridge this year.", "Nora Field"},
        {"fr", {"Le maire Paul Roux, lors d'une conférence de presse à la mairie, a déclaré: «Nous reconstruirons le pont.»"},
         "Nous reconstruirons le pont.", "Paul Roux"},
        // a cue of the newspaper kind: "X reports that ..."
        {"en", {"The Harbor Gazette reports that the council wanted to \"keep the cost of the new ferry under wraps.\""},
         "keep the cost of the new ferry under wraps.", "Harbor Gazette"},
    });
}

TEST_CASE("names and addresses in quote marks are not quotations", "[quotes][filter]") {
    for (const auto& [lang, p] : std::vector<std::pair<std::string, std::string>>{
             {"de", "Das berichtete am Dienstag die Zeitung „Harbor Daily News“ unter Berufung auf Kreise der Regierung."},
             {"de", "Laut der Website „news.example.org“ soll das Schiff „Hvalur 9“ am Montag auslaufen."},
             {"en", "Jane Doe told the \"Valley Morning Herald\" that the plant would close in spring."},
             {"fr", "Il a été soigné à l'hôpital « Saint Jean Baptiste » selon le ministère de la Santé."},
         }) {
        INFO(p);
        CHECK(extract_quotes(body(lang, {p})).empty());
    }
    // a phrase keeps its lower-case words and stays a quote
    auto qs = extract_quotes(body("de", {"Die Ministerin nannte den Entscheid „eine Ohrfeige für die Region“."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].text == "eine Ohrfeige für die Region");
}

TEST_CASE("a dash and a name after the quote sign it", "[quotes][speakers]") {
    check_speakers({
        {"en", {"\u201cThe new bus line changed my life. I get to work in twenty minutes.\u201d \u2015 Pamela Ortiz"},
         "The new bus line changed my life. I get to work in twenty minutes.", "Pamela Ortiz"},
        {"fr", {"«Le quartier a enfin retrouvé son marché du dimanche.» — Jean Dupont, commerçant."},
         "Le quartier a enfin retrouvé son marché du dimanche.", "Jean Dupont"},
        {"es", {"«Nunca vimos tanta agua en la calle.» – Rosa Quintana."},
         "Nunca vimos tanta agua en la calle.", "Rosa Quintana"},
    });
}

TEST_CASE("adverbs and conjunctions are trimmed off the subject", "[quotes][speakers]") {
    check_speakers({
        {"en", {"Okafor sharply dismissed the plan as \"a gift to the developers\" on Monday."},
         "a gift to the developers", "Okafor"},
        {"en", {"Nora Field spoke first.", "The council voted late, and she warned of \"years of higher fares\" ahead."},
         "years of higher fares", "Nora Field"},
        {"en", {"Okafor also noted the \"unusual speed\" of the vote."}, "unusual speed", "Okafor"},
    });
}

TEST_CASE("a quote after a sentence with a speech verb belongs to its subject", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Das Urteil des Landgerichts Nord wurde bestätigt. Der VGH widersprach aber der Ansicht der Kläger. „Die Regel gilt auch für kleine Betriebe im ganzen Land.“"},
         "Die Regel gilt auch für kleine Betriebe im ganzen Land.", "VGH"},
        {"en", {"The plan went to the Harbor Board. Okafor described the plan in detail. \"The ferry will run every hour from next spring.\""},
         "The ferry will run every hour from next spring.", "Okafor"},
    });
}

TEST_CASE("clitics, coordinated cues, families and governed names", "[quotes][speakers]") {
    check_speakers({
        // a reflexive clitic between the comma and the verb
        {"es", {"«¿Quién nos va a escuchar ahora?», se pregunta Rosa Quintana."},
         "¿Quién nos va a escuchar ahora?", "Rosa Quintana"},
        // a subjectless cue joined to another cue continues the last speaker
        {"es", {"«El agua volvió», dijo Rosa Quintana. «No es por pesimismo», aclara y remarca cuál es el reclamo."},
         "No es por pesimismo", "Rosa Quintana"},
        // a conjunction alone between quote and verb is no subject: the cue before the quote is
        {"en", {"Mayor Tom Vale said the complaints were \"fair and deserve a hearing\" but insisted the plan stays."},
         "fair and deserve a hearing", "Tom Vale"},
        // father and son share a surname; the son's first names find his full name
        {"en", {"Hori Vance and his son, Kai Robert Vance, carve wood.", "\"Our work is slow and patient,\" says Kai Robert."},
         "Our work is slow and patient", "Kai Robert Vance"},
        // the name governed by a preposition is the body, not the speaker
        {"es", {"Según la bióloga Carmen Ledesma, de la Universidad Central, el agua «está contaminada desde hace años»."},
         "está contaminada desde hace años", "Carmen Ledesma"},
        // a possessive is not part of the name
        {"en", {"Donald Vale’s campaign was in trouble.", "\"We will win this state,\" Vale said."},
         "We will win this state", "Donald Vale"},
    });
}

TEST_CASE("a role description goes to the person, not to the building beside her", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Gemeindepräsidentin Lea Brunner vor dem Rathaus Sonnmatt.", "Das Rathaus Sonnmatt ist alt.",
                "„Wir bauen das Haus im Sommer um“, sagte die Gemeindepräsidentin."},
         "Wir bauen das Haus im Sommer um", "Lea Brunner"},
        {"en", {"Mayor Lea Brunner stood outside the Sonnmatt Hall on Monday.", "\"We will rebuild the hall this summer,\" the mayor said."},
         "We will rebuild the hall this summer", "Lea Brunner"},
    });
}

TEST_CASE("a cue opened by a conjunction after a quote continues its speaker", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Jonas Keller erklärt es so: „Das Wasser ist klar“, und fügt hinzu: „Die Fische kommen im Frühling zurück.“"},
         "Die Fische kommen im Frühling zurück.", "Jonas Keller"},
        {"en", {"Tom Vale put it this way: \"The water is clear,\" and added: \"The fish will be back in spring.\""},
         "The fish will be back in spring.", "Tom Vale"},
    });
}

TEST_CASE("a conjunction after a quote opens a clause that does not attribute it", "[quotes][speakers]") {
    check_speakers({
        {"en", {"Nora Field said the mayor was \"absolutely right\" when he said the bridge would close."},
         "absolutely right", "Nora Field"},
        {"en", {"\"The party failed the town\" while it was in power, Okafor said."}, "The party failed the town", "Okafor"},
        {"fr", {"Claire Martin a jugé la réforme «trop timide» quand il a annoncé le budget."}, "trop timide", "Claire Martin"},
        // a conjunction bounds the subject before the verb like a comma
        {"es", {"El historiador Juan Soler definía una época así como oscura y la jurista Ana Ruiz llamó al puerto \"un lugar sin ley ni orden\"."},
         "un lugar sin ley ni orden", "Ana Ruiz"},
    });
}

TEST_CASE("a long partial quote with no cue goes to the name opening the sentence", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Jonas Keller ging davon aus, dass die Behörde „die Hinweise der Anwohner nicht ernst genommen“ habe."},
         "die Hinweise der Anwohner nicht ernst genommen", "Jonas Keller"},
        {"en", {"Nora Field went further and doubted that the board \"ever read a single one of the letters\" at all."},
         "ever read a single one of the letters", "Nora Field"},
        // the subject after the verb (German word order): a person named before in the sentence
        {"de", {"Die Anwältin Jana Roth sprach am Montag.", "Zu dieser Zeit ging Roth noch davon aus, dass die Polizei „den Mann vor dem Gericht festnehmen würde“."},
         "den Mann vor dem Gericht festnehmen würde", "Jana Roth"},
    });
}

TEST_CASE("German \"so\" before a quote introduces it only with a colon", "[quotes][filter]") {
    CHECK(extract_quotes(body("de", {"Die Partei will die so genannte „Hafensteuer“ im nächsten Jahr einführen."})).empty());
    // "so" after a quote names a speaker only when a name or an article follows, not a verb
    CHECK(extract_quotes(body("de", {"„Hafenblick“, so heißt das neue Projekt der Stadt am Fluss."})).empty());
    check_speakers({
        {"de", {"Jonas Keller erklärt es so: „Die Fische kommen im Frühling zurück.“"},
         "Die Fische kommen im Frühling zurück.", "Jonas Keller"},
    });
}

TEST_CASE("a mention without a role noun names a body, not a person described alike", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Die Polizei Nordtal und der Sprecher der Staatsanwaltschaft Südtal, Jonas Keller, waren vor Ort.",
                "Nach Angaben der Staatsanwaltschaft Südtal ging die Polizei „ganz besonders sorgfältig“ vor."},
         "ganz besonders sorgfältig", "Staatsanwaltschaft Südtal"},
        {"fr", {"Le porte-parole du ministère des Affaires étrangères, Paul Roux, est arrivé.",
                "Selon le ministère des Affaires étrangères, les victimes sont « les plus éprouvées du pays »."},
         "les plus éprouvées du pays", "Affaires étrangères"},
    });
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
        Article a = body(r.lang, {r.paragraph});
        a.headline = r.headline;
        std::size_t n = 0;
        for (const auto& q : extract_quotes(a))
            n += q.where == Where::headline;
        CHECK(n == r.headline_quotes);
    }
}

TEST_CASE("a colon after the writer's clause hands the quote to the person it names", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Die Ministerin Anna Muster erklärte: „Wir prüfen alles.“ Der Sprecher der Stadt, Jonas Keller, versuchte mit diesen Worten zu beruhigen: „Die Brücke ist sicher und bleibt offen.“"},
         "Die Brücke ist sicher und bleibt offen.", "Jonas Keller"},
        {"en", {"Mayor Tom Vale said: \"We check everything.\" The harbour master, Nora Field, put it more simply: \"The bridge is safe and stays open.\""},
         "The bridge is safe and stays open.", "Nora Field"},
    });
}

TEST_CASE("German nouns alone in a mention name the group that spoke", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Händler sprachen am Montag von „heftigen Panikverkäufen“ an der Börse."}, "heftigen Panikverkäufen", "Händler"},
        {"de", {"Die Demonstranten skandierten „Freie Wahlen jetzt“ vor dem Rathaus."}, "Freie Wahlen jetzt", "Demonstranten"},
    });
}

TEST_CASE("a noun naming a title or a body before the quote marks makes them a name", "[quotes][filter]") {
    for (const auto& [lang, p] : std::vector<std::pair<const char*, const char*>>{
             {"de", "Der Fernsehsender „Hafenwelle Nord“ berichtete am Montag von dem Unfall."},
             {"de", "Laut der Website wird ein Schiff der Firma „Nordfisch“ bald auslaufen, sagte Jonas Keller."},
             {"en", "The film \"Night Harbor\" opened on Friday, Nora Field said."},
             {"fr", "L'opération «Vent du Nord» a commencé lundi, a déclaré Claire Martin."},
             {"de", "Jonas Keller sagte, das Prinzip, „ein Boot, ein Fahrer“ gelte auch im Hafen."},
             {"en", "Nora Field said the motto, \"one boat, one skipper\" still holds in the harbor."},
             // a show or column of a network or paper named with a possessive
             {"en", "Nora Field said on Harbor TV’s “Meet the Port.” that the ferry would be late."},
             {"en", "Tom Vale told Harbor Radio's \"Morning on the Pier\" the plan works, Nora Field said."}}) {
        INFO(p);
        std::size_t quoted_words = 0;
        for (const auto& q : extract_quotes(body(lang, {p})))
            quoted_words += q.kind != QuoteKind::indirect;
        CHECK(quoted_words == 0);
    }
    // lower-case words after the noun are the body's words
    check_speakers({
        {"en", {"Nora Field said she expects the campaign \"to keep the ferry running all winter.\""},
         "to keep the ferry running all winter.", "Nora Field"},
    });
}

TEST_CASE("a subordinate clause bounds the subject; a capitalised verb is part of a name", "[quotes][speakers]") {
    check_speakers({
        {"en", {"The blast was caused by a device that Mayor Jane Doe described as \"an act of sabotage.\""},
         "an act of sabotage.", "Jane Doe"},
        {"es", {"Fue una explosión que la alcaldesa Lucía Gómez calificó de «un acto de sabotaje»."},
         "un acto de sabotaje", "Lucía Gómez"},
        {"en", {"Jane Doe, the envoy, told the forum on Monday that the United States is \"ready to help\" the harbor towns."},
         "ready to help", "Jane Doe"},
    });
}

TEST_CASE("several quotes of one sentence share its attribution", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Die „müden Matrosen“ hätten „die Regeln des Hafens gebrochen“, so Jonas Keller."},
         "müden Matrosen", "Jonas Keller"},
        {"en", {"The \"harbor rules\" are \"older than the town itself,\" said Nora Field."}, "harbor rules", "Nora Field"},
        {"fr", {"Les «vieux quais» sont «plus anciens que la ville», a déclaré Claire Martin."}, "vieux quais", "Claire Martin"},
    });
}

TEST_CASE("a name given by a verb of naming is someone's words", "[quotes][speakers]") {
    check_speakers({
        {"en", {"Mayor Tom Vale called the new ferry \"Big Blue\" at the launch on Monday."}, "Big Blue", "Tom Vale"},
        {"de", {"Bürgermeister Jonas Keller nannte die neue Fähre „Grosse Dame“ bei der Taufe am Montag."}, "Grosse Dame", "Jonas Keller"},
        // the verb names every name coordinated after it
        {"en", {"Mayor Tom Vale called the new ferry \"Big Blue\" and \"Old Lady\" at the launch."}, "Old Lady", "Tom Vale"},
        {"de", {"Bürgermeister Jonas Keller nannte die Fähre „Grosse Dame“ und „Alte Liebe“ bei der Taufe."}, "Alte Liebe", "Jonas Keller"},
        {"es", {"El alcalde Pablo Ruiz calificó el barco de «Gran Azul» y «Vieja Dama» el lunes."}, "Vieja Dama", "Pablo Ruiz"},
        {"fr", {"Le maire Paul Roux a surnommé le bac « Grand Bleu » et « Vieille Dame » lundi."}, "Vieille Dame", "Paul Roux"},
    });
}

TEST_CASE("a body named by an acronym opening the sentence speaks on", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Hafen: Die HVP will den alten Steg schliessen. „Wir können keinen Steg halten, der ins Meer fällt.“"},
         "Wir können keinen Steg halten, der ins Meer fällt.", "HVP"},
        {"de", {"Steuern: Die HVP will hohe Einkommen („ab einem Einkommen von einer Million Euro im Jahr“) stärker belasten."},
         "ab einem Einkommen von einer Million Euro im Jahr", "HVP"},
        {"en", {"The NHA wants to close the old pier. \"We cannot keep a pier that is falling into the sea.\""},
         "We cannot keep a pier that is falling into the sea.", "NHA"},
    });
}

TEST_CASE("a quoted name right after the verb and its article is the speaker, not words", "[quotes][filter]") {
    CHECK(extract_quotes(body("de", {"Das berichtete die „Hafenpost“ am Montag in ihrer Onlineausgabe."})).empty());
    check_speakers({
        {"de", {"Jonas Keller sprach am Montag.", "Er bezeichnete die „Reform“ als gescheitert."}, "Reform", "Jonas Keller"},
    });
}

TEST_CASE("a name after a preposition and an article is no subject", "[quotes][speakers]") {
    check_speakers({
        {"es", {"María Ruiz, de la Asamblea por los Derechos Civiles, se entusiasma con el plan. «Queremos una reforma de todo el sistema judicial.»"},
         "Queremos una reforma de todo el sistema judicial.", "María Ruiz"},
        {"en", {"Tom Vale, who works for the Harbor Trust, was pleased with the plan. \"We need a new pier before the winter comes.\""},
         "We need a new pier before the winter comes.", "Tom Vale"},
    });
}

TEST_CASE("a cue without a subject goes to the person the paragraph spoke of", "[quotes][speakers]") {
    check_speakers({
        {"es", {"«El agua volvió al puerto», dijo Rosa Quintana.",
                "Ana Ruiz, de la cooperativa, cree que la marcha será grande. «No es por pesimismo», aclara."},
         "No es por pesimismo", "Ana Ruiz"},
        {"it", {"«L'acqua è tornata al porto», ha detto Marco Bianchi.",
                "Giulia Neri, della cooperativa, crede che la marcia sarà grande. «Non è pessimismo», spiega."},
         "Non è pessimismo", "Giulia Neri"},
    });
}

TEST_CASE("a subject pronoun right before the verb is its subject", "[quotes][speakers]") {
    check_speakers({
        {"en", {"Tom Vale spoke at the harbor on Monday.", "The crowd was asked to look at what he called \"a rigged system\" at the port."},
         "a rigged system", "Tom Vale"},
        {"es", {"Rosa Quintana habló en el puerto el lunes.", "Pidió a la gente mirar lo que ella llamó «un sistema amañado» en el puerto."},
         "un sistema amañado", "Rosa Quintana"},
    });
}

TEST_CASE("an adverb between an apposition and the verb leaves the name before it the subject", "[quotes][speakers]") {
    check_speakers({
        {"en", {"Tom Vale spoke at the harbor on Monday.", "Ann Roe, the head of the harbor trust, firmly told the crowd that “staying home is not a plan at all.”"},
         "staying home is not a plan at all.", "Ann Roe"},
        {"es", {"Tom Vale habló en el puerto el lunes.", "Ana Ruiz, la presidenta de la cooperativa, firmemente le dijo a la gente que «quedarse en casa no es ningún plan»."},
         "quedarse en casa no es ningún plan", "Ana Ruiz"},
        {"it", {"Tom Vale ha parlato al porto lunedì.", "Anna Rossi, la presidente della cooperativa, fermamente ha detto alla gente che «restare a casa non è un piano»."},
         "restare a casa non è un piano", "Anna Rossi"},
    });
}

TEST_CASE("a quote inside the clause of what someone said is that person's", "[quotes][speakers]") {
    check_speakers({
        // a pronoun subject of a cue inside the clause, resolved to the outer speaker, not to the person before
        {"en", {"Tom Vale spoke at the harbor on Monday.", "Mayor Ann Roe said the plan was what she called “a paper wall” for the town."},
         "a paper wall", "Ann Roe"},
        // a cue after the quote whose subject is the outer speaker's clause going on with "and"
        {"en", {"Tom Vale spoke at the harbor on Monday.", "Ann Roe said the state was “firmly opposed” to the dam and warned the council to wait."},
         "firmly opposed", "Ann Roe"},
        {"fr", {"Tom Vale a parlé au port lundi.", "Anne Roux a dit que l’État était « fermement opposé » au barrage et a averti le conseil."},
         "fermement opposé", "Anne Roux"},
        {"es", {"Tom Vale habló en el puerto el lunes.", "Ana Ruiz dijo que el Estado estaba «firmemente opuesto» a la presa y advirtió al consejo."},
         "firmemente opuesto", "Ana Ruiz"},
        {"it", {"Tom Vale ha parlato al porto lunedì.", "Anna Rossi ha detto che lo Stato era «fermamente contrario» alla diga e ha avvertito il consiglio."},
         "fermamente contrario", "Anna Rossi"},
    });
}

TEST_CASE("a cue after a conjunction goes to the name that opens its sentence", "[quotes][speakers]") {
    // The sentence opens with a name set off by a comma: the subject of the cue the conjunction opens, not the
    // speaker of the paragraph before.
    check_speakers({
        {"en", {"\"The pier will open in May,\" Port Director Ben Otto said Tuesday.",
                "Deputy Mayor Carla Venn, R-Ohio, despite admitting that she had worries about \"builders trying to get rich\", backs the pier."},
         "builders trying to get rich", "Carla Venn"},
        {"es", {"«El muelle abrirá en mayo», dijo el director Pedro Otero.",
                "La concejala Lucía Brante, del partido verde, aunque admitió dudas sobre «constructores que quieren hacerse ricos», apoya el muelle."},
         "constructores que quieren hacerse ricos", "Lucía Brante"},
        // a quote opening the sentence: the conjunction's cue goes on with the last speaker
        {"en", {"\"The pier will open in May,\" Port Director Ben Otto said Tuesday.",
                "\"We are ready,\" and added: \"The boats can come.\""},
         "The boats can come.", "Ben Otto"},
    });
}

TEST_CASE("a speech word after a possessive is a noun, not a cue", "[quotes][speakers]") {
    check_speakers({
        {"en", {"Mayor Tom Brack spoke at the harbor on Monday.",
                "Ann Kosta, an adviser to the Lund campaign, called Mr. Brack's remarks \"a sad stunt\" aimed at voters."},
         "a sad stunt", "Ann Kosta"},
        {"en", {"Mayor Tom Brack spoke at the harbor on Monday.",
                "Ann Kosta, an adviser to the Lund campaign, called his claims \"a sad stunt\" aimed at voters."},
         "a sad stunt", "Ann Kosta"},
        // after a determiner
        {"en", {"Mayor Tom Brack spoke at the harbor on Monday.",
                "Ann Kosta, an adviser to the Lund campaign, called the remarks \"a sad stunt\" aimed at voters."},
         "a sad stunt", "Ann Kosta"},
        // "Speaker" is a title of office, not a part of the name
        {"en", {"The harbor bill passed on Monday.", "\"We did our work,\" House Speaker Tom Brack said."},
         "We did our work", "Tom Brack"},
    });
}

TEST_CASE("a speech word after a determiner is a noun, not a cue", "[quotes][speakers]") {
    // "one of the states", "par tranche", "una denuncia": the noun gives the quote no cue and no speaker (it may be
    // left out); the verb of the sentence, when there is one, does.
    check_cues({
        {"en", {"Mayor Tom Brack spoke at the harbor on Monday.",
                "\"The pier is a stunt,\" Ann Kosta, the head of one of the states suing the port, said on Monday."},
         "The pier is a stunt", "said", "Ann Kosta"},
        {"fr", {"Le ministre Paul Roux a présenté lundi la loi sur le port.",
                "Ce contrôle, autorisé par le ministre par tranche de six mois, vise des « fraudeurs » connus."},
         "fraudeurs", "", "", nullptr, true},
        {"es", {"El ministro Pedro Ruiz habló el lunes en el puerto.",
                "El control, aprobado por el ministro, responde a una denuncia sobre «pagos ocultos» en el puerto."},
         "pagos ocultos", "", "", nullptr, true},
    });
}

TEST_CASE("the subject of a cue starts after the word opening a free relative clause", "[quotes][speakers]") {
    // "what several lawmakers called", "was die Abgeordneten sagten": the clause names what is spoken of; its
    // subject is the speaker, and the words before "what" are not part of the mention (nor make it too long to be
    // one).
    check_cues({
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "The audit found that only one percent of the harbor staff had been involved with what several "
                "lawmakers called \"theft\" last year."},
         "theft", "called", "", "several lawmakers"},
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "The shortfall is what the mayor called \"theft\" during the long debate."},
         "theft", "called", "Tom Brack", "the mayor"},
        {"de", {"Der Bürgermeister Tom Brack traf am Montag die Hafendirektorin Anna Kosta.",
                "Die Prüfer fanden genau das, was die Abgeordneten sagten: „Das Geld ist weg.“"},
         "Das Geld ist weg.", "sagten", "Abgeordneten", "die Abgeordneten"},
    });
}

TEST_CASE("a verb that says too little alone is a cue with the words after it", "[quotes][speakers]") {
    // German separable verbs ("gab ... an", "stellte ... klar": "es gab", "stellte vor" are no speech) and English
    // phrases ("made clear") are listed whole in [speech_phrases].
    check_cues({
        {"de", {"Der Bürgermeister Tom Brack traf am Montag die Hafendirektorin Anna Kosta.",
                "Die Anwältin Lena Vogt gab an, dass ihr Mandant „große Sorgen hatte“."},
         "große Sorgen hatte", "gab an", "Lena Vogt"},
        {"de", {"Der Bürgermeister Tom Brack traf am Montag die Hafendirektorin Anna Kosta.",
                "Der Minister Karl Wendt stellte klar: „Der Hafen bleibt offen.“"},
         "Der Hafen bleibt offen.", "stellte klar", "Karl Wendt"},
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "Ann Kosta made clear that the pier was \"a sad stunt\" in the end."},
         "a sad stunt", "made clear", "Ann Kosta"},
    });
}

TEST_CASE("an indefinite description names someone new unless it matches a person's description", "[quotes][speakers]") {
    // "a police spokesman said" after the lawyer was quoted: not the lawyer (nor, in German, the description itself);
    // a spokesman described so before is still meant.
    check_cues({
        {"en", {"The lawyer Ann Kosta said on Monday that her client was afraid.",
                "\"Nobody knew about the warrant,\" a police spokesman said."},
         "Nobody knew about the warrant", "said", ""},
        {"de", {"Die Anwältin Anna Kosta sagte am Montag, ihre Mandantin habe Angst gehabt.",
                "„Niemand wusste von dem Haftbefehl“, sagte ein Polizeisprecher."},
         "Niemand wusste von dem Haftbefehl", "sagte", ""},
        {"fr", {"L'avocate Anne Morel a dit lundi que sa cliente avait peur.",
                "« Personne ne connaissait le mandat », a déclaré un porte-parole de la police."},
         "Personne ne connaissait le mandat", "a déclaré", ""},
        {"en", {"Tom Roe, a police spokesman, said on Monday that the road was closed.",
                "\"Nobody knew about the warrant,\" a police spokesman said."},
         "Nobody knew about the warrant", "said", "Tom Roe"},
    });
}

TEST_CASE("a participle after a long clause takes the name opening it as its subject", "[quotes][speakers]") {
    // "X weighed in on the radio on Monday, saying": the part before the comma is longer than a subject; the name
    // among its first words is the participle's subject (not an "according to" of the next sentence).
    check_cues({
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "Party nominee Ann Kosta weighed in on the radio on Monday, saying that city officials should release "
                "the harbor records \"without delay.\" She will visit the harbor on Sunday, according to a port aide."},
         "without delay.", "saying", "Ann Kosta", "Party nominee Ann Kosta"},
        {"fr", {"Le maire Paul Roux a rencontré lundi la directrice du port Anne Morel.",
                "La candidate écologiste Anne Morel est intervenue lundi soir à la radio locale, affirmant que les élus "
                "devaient publier les comptes « sans délai ». Elle visitera le port dimanche, selon un conseiller."},
         "sans délai", "affirmant", "Anne Morel", "La candidate écologiste Anne Morel"},
    });
}

TEST_CASE("a noun after an elided article is read as the noun", "[quotes][speakers][gender]") {
    // "L'avocate Anne Morel" (a role noun before the name, not part of it, with a straight apostrophe as with
    // U+2019) and "l'élue" / "l’élue" (a woman: not the man named last).
    check_cues({
        {"fr", {"Le port de la ville reste fermé depuis lundi.",
                "L'avocate Anne Morel a dit lundi que sa cliente avait « très peur »."},
         "très peur", "a dit", "Anne Morel"},
        {"it", {"Il porto della città è chiuso da lunedì.", "L'assessore Marco Bianchi ha detto che il porto è «in pericolo»."},
         "in pericolo", "ha detto", "Marco Bianchi"},
        {"fr", {"La maire, Claire Martin, a annoncé mardi l'arrêt du chantier. Selon l'adjoint aux finances, Paul "
                "Girard, le coût a doublé.",
                "« Nous aurons le courage d'arrêter », a estimé l'élue devant la presse."},
         "Nous aurons le courage d'arrêter", "a estimé", "Claire Martin"},
        {"fr", {"La maire, Claire Martin, a annoncé mardi l’arrêt du chantier. Selon l’adjoint aux finances, Paul "
                "Girard, le coût a doublé.",
                "« Nous aurons le courage d’arrêter », a estimé l’élue devant la presse."},
         "Nous aurons le courage d’arrêter", "a estimé", "Claire Martin"},
    });
}

TEST_CASE("an \"according to\" after a quote that ends its sentence is the next sentence's", "[quotes][speakers]") {
    // "... “until the end.” The mayor will visit ..., according to X": X is the source of the visit, not of the
    // quoted words (which have no cue here: left out, or kept without one).
    check_cues({
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "The harbor will stay closed \"until the end.\" The mayor will visit the harbor on Sunday, according to "
                "the port director, Ann Kosta."},
         "until the end.", "", "", nullptr, true},
        {"fr", {"Le maire Paul Roux a rencontré lundi la directrice du port Anne Morel.",
                "Le port restera fermé « jusqu'au bout. » Le maire visitera le port dimanche, selon la directrice Anne "
                "Morel."},
         "jusqu'au bout.", "", "", nullptr, true},
    });
}

TEST_CASE("a cue after a comma that opens a clause of what is said has its subject before the comma", "[quotes][indirect]") {
    // "Tom Roe, a police spokesman, said that ...": not a closing reporting clause (", said X.") whose words would
    // be the name and its apposition.
    check_cues({
        {"en", {"The road to the harbor was blocked on Monday morning.",
                "Tom Roe, a police spokesman, said that the road was closed until noon."},
         "the road was closed until noon", "said", "Tom Roe"},
        {"fr", {"La route du port était bloquée lundi matin.",
                "Paul Roux, le porte-parole de la police, a déclaré que la route était fermée jusqu'à midi."},
         "la route était fermée jusqu'à midi", "a déclaré", "Paul Roux"},
        {"es", {"La carretera del puerto estuvo bloqueada el lunes por la mañana.",
                "El portavoz de la policía, Pedro Ruiz, dijo que la carretera estaba cerrada hasta el mediodía."},
         "la carretera estaba cerrada hasta el mediodía", "dijo", "Pedro Ruiz"},
    });
}

TEST_CASE("a one-word subject after \"that\" is the whole subject of the cue", "[quotes][speakers]") {
    // The subject of the cue stops at the word opening its clause, even when it is one word: the pronoun of the
    // clause before ("she pointed to reports") is not read as part of it.
    check_speakers({
        {"en", {"Anna Kosta met the ferry board on Monday.",
                "Later she pointed to reports that Brack called the old ferry captain \"Captain Slowboat\" at a dinner."},
         "Captain Slowboat", "Brack"},
        {"es", {"Ana Costa se reunió con la junta del ferry el lunes.",
                "Luego ella citó informes de que Brack llamó al viejo capitán «el capitán Tortuga» en una cena."},
         "el capitán Tortuga", "Brack"},
    });
}

TEST_CASE("the -ing forms and other English verbs of speech are cues", "[quotes][speakers]") {
    // English reports speech with a participle after the speaker: "footage of X asking, "Q?"".
    check_speakers({
        {"en", {"The ferry vote is next week.", "The new ad shows footage of Ann Kosta asking, \"Why is the pier still closed?\""},
         "Why is the pier still closed?", "Ann Kosta"},
        {"en", {"The ferry vote is next week.", "The clip ends with Tom Brack replying, \"We will open it in May.\""},
         "We will open it in May.", "Tom Brack"},
        // "chanted", "reiterated", "countered": more verbs of speech
        {"en", {"The ferry vote is next week.", "Dock workers marching past the hall chanted \"Open the pier now!\" until dawn."},
         "Open the pier now!", ""}, // (found; a group in lower case names no one)
        {"en", {"The ferry vote is next week.", "Tom Brack reiterated that the pier was \"a matter for the whole town\" on Friday."},
         "a matter for the whole town", "Tom Brack"},
    });
}

TEST_CASE("a partial quote opening its sentence goes on with the paragraph's speaker", "[quotes][speakers]") {
    check_speakers({
        {"en", {"Tom Brack spoke first at the hearing.",
                "\"This is not fair,\" Ann Kosta said. The board looked away. \"You sent all the water bills to the families\" of the old town."},
         "You sent all the water bills to the families", "Ann Kosta"},
        {"es", {"Tom Brack habló primero en la audiencia.",
                "«Esto no es justo», dijo Ana Costa. La junta miró a otro lado. «Usted mandó todas las facturas del agua a las familias» del barrio viejo."},
         "Usted mandó todas las facturas del agua a las familias", "Ana Costa"},
    });
}

TEST_CASE("German participles at the end of the clause are cues", "[quotes][speakers]") {
    // "hatte ... „Q“ bekanntgegeben": the verb closes the German clause after the quote.
    check_speakers({
        {"de", {"Der Hafen bleibt seit Montag geschlossen.",
                "Der Hafenminister Karl Wendt hatte am Samstag die Zustimmung seiner Behörde „trotz einiger Bedenken“ bekanntgegeben."},
         "trotz einiger Bedenken", "Karl Wendt"},
        {"de", {"Der Hafen bleibt seit Montag geschlossen.",
                "Die Sprecherin Lena Vogt hat die Berichte über „geheime Absprachen mit den Reedern“ dementiert."},
         "geheime Absprachen mit den Reedern", "Lena Vogt"},
    });
}

TEST_CASE("a verb of naming with its object before the quote keeps the quote without a subject", "[quotes]") {
    // A list of what someone does, without the subject: the quotes are someone's words, the speaker unknown; the
    // second quote of the sentence takes the cue of the first.
    struct Row {
        const char* lang;
        const char* text;
        const char* cue;
        std::vector<std::string> quotes;
    };
    const Row rows[] = {
        {"en", "Plays on our fears and hopes, about jobs and prices, and calls people \"losers\" and \"sad.\"", "calls",
         {"losers", "sad."}},
        {"es", "Juega con nuestros miedos, sobre el empleo y los precios, y llama a la gente «perdedores» y «tristes».",
         "llama", {"perdedores", "tristes"}},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        auto qs = extract_quotes(body(r.lang, {"The list below was written by a reader.", r.text}));
        for (const auto& t : r.quotes) {
            const Quote* q = find_quote(qs, t);
            REQUIRE(q);
            CHECK(q->cue.value_or("") == r.cue);
            CHECK_FALSE(q->speaker);
        }
    }
}

TEST_CASE("a role of a body is no member of another body named with the same noun", "[quotes][speakers]") {
    check_speakers({
        {"en", {"\"The talks have failed,\" the spokeswoman of the Harbour Union said on Wednesday.",
                "\"The boats stay in port,\" a spokeswoman for Dock Union told reporters."},
         "The boats stay in port", "Dock Union"},
        {"es", {"«Las negociaciones fracasaron», dijo la portavoz de la Unión Portuaria el miércoles.",
                "«Los barcos se quedan en el puerto», dijo la portavoz de la Unión Estibadora a la prensa."},
         "Los barcos se quedan en el puerto", "Unión Estibadora"},
    });
}

TEST_CASE("a verb closing the clause after its quote has the clause's subject pronoun", "[quotes][speakers]") {
    // German puts the verb last: "was sie einen „Q“ nannte" is hers, not the last person the paragraph named.
    check_speakers({
        {"de", {"Der Hafen bleibt zu.",
                "Frau Anna Roth sprach am Montag am Hafen. Herr Jens Hale wurde gebeten, sich anzusehen, was sie einen „Papierwall“ nannte."},
         "Papierwall", "Anna Roth"},
        {"de", {"Der Hafen bleibt zu.",
                "Herr Jens Hale sprach am Montag am Hafen. Frau Anna Roth hörte zu, als er die Lage als „völlig verfahren“ bezeichnete."},
         "völlig verfahren", "Jens Hale"},
    });
}

TEST_CASE("a sentence pointing back at the quote before its cue attributes it", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Der Hafen bleibt zu.", "»Wir bewegen uns nicht. Die Schiffe bleiben im Hafen.« Das sagte die Gewerkschafterin Anna Roth am Dienstag."},
         "Wir bewegen uns nicht. Die Schiffe bleiben im Hafen.", "Anna Roth"},
        {"fr", {"Le port reste fermé.", "« Nous ne bougerons pas. Les bateaux restent au port. » C'est ce qu'a déclaré mardi la syndicaliste Anne Roux."},
         "Nous ne bougerons pas. Les bateaux restent au port.", "Anne Roux"},
        {"en", {"The port stays closed.", "\"We will not move. The boats stay in port.\" That's what Ann Roe said on Tuesday."},
         "We will not move. The boats stay in port.", "Ann Roe"},
        // a sentence of its own with a cue of its own attributes nothing
        {"de", {"Der Hafen bleibt zu.", "»Wir bewegen uns nicht.« Die Gewerkschafterin Anna Roth sagte am Dienstag, sie warte ab."},
         "Wir bewegen uns nicht.", ""},
    });
}

TEST_CASE("a contrasting adverb after the cue is not part of the mention", "[quotes][speakers]") {
    struct Row {
        const char* lang;
        const char* text;
        const char* quote;
        const char* mention;
    };
    const Row rows[] = {
        {"de", "„Die Gespräche sind gescheitert“, meint dagegen Paul Vogt, der Chef des Hafens.", "Die Gespräche sind gescheitert", "Paul Vogt"},
        {"de", "„Wir warten ab“, sagte hingegen die Sprecherin Anna Roth.", "Wir warten ab", "die Sprecherin Anna Roth"},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        auto qs = extract_quotes(body(r.lang, {"Der Hafen bleibt zu.", r.text}));
        const Quote* q = find_quote(qs, r.quote);
        REQUIRE(q);
        CHECK(q->mention.value_or("") == r.mention);
    }
}

TEST_CASE("a cue after \", and\" goes to the name that opens the sentence", "[quotes][speakers]") {
    // The verb is coordinated with the sentence's main verb: its subject is the sentence's, not the words between.
    check_speakers({
        {"en", {"Mayor Tom Brack met the ferry board on Monday.",
                "Ann Kosta has used the phrase \"harbor grab\" often in her campaign, and criticized Brack for not doing so."},
         "harbor grab", "Ann Kosta"},
        {"es", {"El alcalde Tomás Brack se reunió con la junta el lunes.",
                "Ana Costa ha usado la expresión «robo del puerto» a menudo en su campaña, y criticó a Brack por no hacerlo."},
         "robo del puerto", "Ana Costa"},
    });
}

TEST_CASE("a name after the outer cue keeps the inner cue's speaker", "[quotes][speakers]") {
    check_speakers({
        {"es", {"Tom Vale habló en el puerto el lunes.", "Ana Ruiz dijo que Tom Vale llamó al plan «un muro de papel» el lunes."},
         "un muro de papel", "Tom Vale"},
        {"fr", {"Tom Vale a parlé au port lundi.", "Anne Roux a dit que Tom Vale a qualifié le plan de « mur de papier » lundi."},
         "mur de papier", "Tom Vale"},
        {"it", {"Tom Vale ha parlato al porto lunedì.", "Anna Rossi ha detto che Tom Vale ha definito il piano «un muro di carta» lunedì."},
         "un muro di carta", "Tom Vale"},
    });
}

TEST_CASE("a passive cue keeps its subject apart from the words that follow", "[quotes][speakers]") {
    // "was told", "a été interpellé", "è stato detto": the subject is the one spoken to, not the one whose words
    // the clause after the cue reports.
    check_speakers({
        {"en", {"Ann Roe spoke at the harbor on Monday.", "Jim Hale was told that the state was “firmly opposed” to the dam and had warned the council."},
         "firmly opposed", ""},
        {"fr", {"Anne Roux a parlé au port lundi.", "Jean Hale a été interpellé sur le fait que l’État était « fermement opposé » au barrage et avait averti le conseil."},
         "fermement opposé", ""},
        {"it", {"Anna Rossi ha parlato al porto lunedì.", "A Gianni Hale è stato detto che lo Stato era «fermamente contrario» alla diga e aveva avvertito il consiglio."},
         "fermamente contrario", ""},
    });
}

TEST_CASE("a mention made only of a stopword resolves to no one instead of reading past its words", "[quotes]") {
    // Found by the fuzzer: an indirect-speech mention of one stopword made the bare-surname rule read the word
    // after the mention's last one (out of range).
    const std::string page(
        "\x42\x5a\x68\x42\x61\xe4\x20\xc3\x28\x20\x75\x74\x66\xed\x20\x33\xa0\x80\x20\x73\x75\x72\xef\xbb"
        "\xbf\xc2\xa0\xe2\x80\xaf\xea\x80\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a"
        "\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a"
        "\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a"
        "\x6a\x6a\x6a\x6a\xff\xfe\x54\x00\x69\x00\x74\x00\x72\x00\x89\x50\x4e\x47\x0d\x80\xd6\x02\x00\x60"
        "\x61\x00\x72\x6f\x67\x61\x74\x65\x20\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xc0\xaf\x20\x6f\x76\x65\x72\x6c\x6f\x6e\x67\x61\x00\x00\x60\x7e\x44\x00\x2c\x00\x20\x00\x64"
        "\x00\x69\x00\x74\x00\x69\x00\x6c\x00\x2e\x00\x0a\x00\x41\x6c\x70\x69\x6e\x65\x20\x76\x69\x6c\x6c"
        "\x61\x67\x65\x20\x6f\x66\x20\x53\x74\x20\x41\x75\x72\x65\x6c\x69\x65\x6e\x20\x68\x61\x76\x65\x20"
        "\x76\x6f\x74\x65\x64\x20\x74\x6f\x20\x62\x61\x6e\x20\x61\x6e\x79\x20\x6e\x65\x77\x20\x68\x6f\x6c"
        "\x69\x64\x61\x79\x20\x72\x65\x6e\x74\x61\x6c\x73\x2c\x20\x69\x6e\x20\x6f\x6e\x65\x20\x6f\x66\x20"
        "\x74\x68\x65\x20\x74\x6f\x75\x67\x68\x65\x73\x74\x20\x72\x65\x73\x70\x6f\x6e\x73\x65\x73\x20\x79"
        "\x65\x74\x20\x74\x6f\x20\x61\x20\x68\x6f\x75\x73\x69\x6e\x67\x20\x73\x71\x75\x65\x65\x7a\x65\x20"
        "\x74\x68\x61\x74\x20\x68\x61\x73\x20\x73\x70\x72\x65\x61\x64\x20\x74\x6a\x6a\x6a\x6a\x6a\x6a\x6a"
        "\x6a\x6a\x6a\x54\x00\x69\x00\x74\x00\x6c\x00\x65\x00\x0a\x00\x0a\x00\x42\x00\x6f\x00\x64\x00\x79"
        "\x00\x20\x00\x68\x72\x6f\x75\x67\x68\x20\x45\x75\x72\x6f\x70\x65\x27\x73\x20\x6d\x6f\x75\x6e\x74"
        "\x61\x69\x6e\x20\x72\x65\x73\x6f\x72\x74\x73\x2e\x0a\x0a\x49\x6e\x20\x61\x20\x72\x65\x66\x65\x72"
        "\x65\x6e\x64\x75\x6d\x20\x6f\x6e\x20\x54\x68\x75\x72\x73\x64\x61\x79\x2c\x20\x36\x34\x25\x20\x6f"
        "\x66\x20\x76\x6f\x74\x65\x72\x73\x20\x62\x61\x63\x6b\x65\x64\x20\x61\x20\x70\x72\x6f\x70\x6f\x73"
        "\x61\x6c\x20\x66\x72\x6f\x6d\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x63\x6f\x75\x6e"
        "\x63\x69\x6c\x20\x74\x68\x61\x74\x20\x73\x74\x6f\x70\x73\x20\x6f\x77\x6e\x65\x72\x73\x20\x66\x72"
        "\x6f\x6d\x20\x72\x65\x67\x69\x73\x74\x65\x72\x69\x6e\x67\x20\x6e\x65\x77\x20\x73\x68\x6f\x72\x74"
        "\x2d\x74\x65\x72\x6d\x20\x6c\x65\x74\x73\x20\x61\x6e\x64\x74\x00\x20\x72\x65\x71\x75\x69\x72\x65"
        "\x30\x6a\x6a\x6a\x6a\x6a\x8b\x0a\x20\x00\x65\x73\x20\x65\x78\x69\x73\x74\x69\x6e\x67\x20\x72\x65"
        "\x67\x69\x73\x74\x72\x61\x74\x69\x6f\x6e\x73\x20\x74\x6f\x20\x62\x65\x20\x72\x65\x6e\x65\x77\x65"
        "\x64\x20\x65\x76\x65\x72\x79\x20\x74\x68\x72\x65\x65\x20\x79\x65\x61\x72\x73\x2e\x20\x54\x75\x72"
        "\x6e\x6f\x75\x74\x20\x77\x61\x73\x20\x37\x31\x25\x2e\x0a\x0a\xe2\x80\x9c\x57\x65\x20\x61\x72\x65"
        "\x20\x6e\x6f\x74\x20\x61\x67\x61\x69\x6e\x73\x74\x20\xf4\x90\x80\x80\x20\x20\x74\x6f\x75\x72\x69"
        "\x73\x74\x73\x2e\x20\x57\x65\x20\x61\x72\x65\x20\x61\x67\x61\x69\x6e\x73\x74\x20\x61\x20\x76\x69"
        "\x6c\x6c\x61\x67\x65\x20\x77\x68\x65\x72\x65\x20\x74\x68\x65\x20\x6c\x69\x67\x68\x74\x73\x20\x61"
        "\x72\x65\x20\x6f\x66\x66\x20\x65\x6c\x65\x76\x65\x6e\x20\x6d\x6f\x6e\x74\x68\x73\x20\x61\x20\x79"
        "\x65\x61\x72\x2c\xe2\x80\x9d\x20\x74\x68\x65\x20\x6d\x61\x79\x6f\x72\x2c\x20\x4d\x61\x72\x6b\x75"
        "\x73\x20\x48\x6f\x6c\x6c\x65\x72\x65\x72\x2c\x20\x73\x61\x69\x64\x20\x61\x66\x74\x65\x72\x20\x74"
        "\x68\x65\x20\x72\x65\x73\x75\x6c\x74\x20\x77\xff\x73\x20\x61\x6e\x6e\x6f\x75\x6e\x63\x65\x64\x20"
        "\x69\x6e\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x68\x61\x6c\x6c\x2e\x0a\x0a\x48\x6f"
        "\x6c\x6c\x65\x72\x65\x72\x20\x73\x61\x69\x64\x20\x74\x68\x65\x20\x63\x6f\x75\x6e\x63\x69\x6c\x20"
        "\x68\x61\x64\x20\x63\x6f\x75\x6e\x74\x65\x64\x20\x32\x31\x32\x20\x68\x6f\x6d\x65\x73\x20\x72\x65"
        "\x67\x69\x73\x74\x65\x72\x65\x64\x20\x61\x73\x20\x68\x6f\x6c\x69\x64\x61\x79\x20\x6c\x65\x74\x73"
        "\x2c\x20\x6f\x75\x74\x20\x6f\x66\x20\x61\x62\x6f\x75\x74\x20\x36\x34\x30\x20\x62\x69\x67\x0a\x0a"
        "\x65\xff\xff\x01\x5e\xff\x6e\x64\x20\xe2\x82\x0a\x69\x6e\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61"
        "\x67\x65\x2c\x20\x61\x6e\x64\x20\x74\x68\x61\x74\x20\x74\x68\x65\x20\x70\x72\x69\x6d\x61\x72\x79"
        "\x20\x73\x63\x68\x6f\x6f\x6c\x20\x68\x61\x64\x20\x6c\x6f\x73\x74\x20\x61\x20\x74\x68\x69\x72\x64"
        "\x20\x6f\x66\x20\x69\x74\x73\x20\x70\x75\x70\x69\x6c\x73\x20\x69\x6e\x20\x61\x20\x64\x65\x63\x61"
        "\x64\x65\x2e\x0a\x0a\x43\x68\x61\x6c\x65\x74\x73\x20\x61\x62\x6f\x76\x65\x20\x53\x74\x20\x41\x75"
        "\x72\x65\x6c\x69\x65\x6e\x2e\x20\x41\x62\x6f\x75\x74\x20\x61\x20\x74\x68\x69\x72\x64\x20\x6f\x66"
        "\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x27\x73\x20\x68\x6f\x6d\x65\x73\x20\x61\x72\x65"
        "\x20\x6e\x6f\x77\x20\x6c\x65\x74\x20\x74\x6f\x20\x74\x6f\x75\x72\x69\x73\x74\x73\x20\x66\x6f\x72"
        "\x20\x6d\x6f\x73\x74\x20\x6f\x66\x20\x74\x68\x65\x20\x79\x65\x61\x72\x2e\x0a\x50\x68\x6f\x74\x6f"
        "\x3a\x20\x47\x65\x74\x74\x79\x20\x49\x6d\x61\x67\x65\x73\x0a\x0a\x59\x6f\x75\x6e\x67\x20\x66\x61"
        "\x6d\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xd6\x02\x00\x60\x61\x00\x72\x6f\x67\x61"
        "\x74\x65\x20\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xc0\xaf\x20\x6f\x76"
        "\x65\x72\x6c\x6f\x6e\x67\x61\x00\x00\x60\x7e\x44\x00\x2c\x00\x20\x00\x64\x00\x69\x00\x74\x00\x69"
        "\x00\x6c\x00\x2e\x00\x0a\x00\x41\x6c\x70\x69\x6e\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x6f\x66"
        "\x20\x53\x74\x20\x41\x75\x72\x65\x6c\x69\x65\x6e\x20\x68\x61\x76\x65\x20\x76\x6f\x74\x65\x64\x20"
        "\x74\x6f\x20\x62\x61\x6e\x20\x61\x6e\x79\x20\x6e\x65\x77\x20\x68\x6f\x6c\x69\x64\x61\x79\x20\x72"
        "\x65\x6e\x74\x61\x6c\x73\x2c\x20\x69\x6e\x20\x6f\x6e\x65\x20\x6f\x66\x20\x74\x68\x65\x20\x74\x6f"
        "\x75\x67\x68\x65\x73\x74\x20\x72\x65\x73\x70\x6f\x6e\x73\x65\x73\x20\x79\x65\x74\x20\x74\x6f\x20"
        "\x61\x20\x68\x6f\x75\x73\x69\x6e\x67\x20\x73\x71\x75\x65\x65\x7a\x65\x20\x74\x68\x61\x74\x20\x68"
        "\x61\x73\x20\x73\x70\x72\x65\x61\x64\x20\x74\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x54\x00\x69"
        "\x00\x74\x00\x6c\x00\x65\x00\x0a\x00\x0a\x00\x42\x00\x6f\x00\x64\x00\x79\x00\x20\x00\x68\x72\x6f"
        "\x75\x67\x68\x20\x45\x75\x72\x6f\x70\x65\x27\x73\x20\x6d\x6f\x75\x6e\x74\x61\x69\x6e\x20\x72\x65"
        "\x73\x6f\x72\x74\x73\x2e\x0a\x0a\x49\x6e\x20\x61\x20\x72\x65\x66\x65\x72\x65\x6e\x64\x75\x6d\x20"
        "\x6f\x6e\x20\x54\x68\x75\x72\x73\x64\x61\x79\x2c\x20\x36\x34\x25\x20\x6f\x66\x20\x76\x6f\x74\x65"
        "\x72\x73\x20\x62\x61\x63\x6b\x65\x64\x20\x61\x20\x70\x72\x6f\x70\x6f\x73\x61\x6c\x20\x66\x72\x6f"
        "\x6d\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x63\x6f\x75\x6e\x63\x69\x6c\x20\x74\x68"
        "\x61\x74\x20\x73\x74\x6f\x70\x73\x20\x6f\x77\x6e\x65\x72\x73\x20\x66\x72\x6f\x6d\x20\x72\x65\x67"
        "\x69\x73\x74\x65\x72\x69\x6e\x67\x20\x6e\x65\x77\x20\x73\x68\x6f\x72\x74\x2d\x74\x65\x72\x6d\x20"
        "\x6c\x65\x74\x73\x20\x61\x6e\x64\x74\x00\x20\x72\x65\x71\x75\x69\x72\x65\x30\x6a\x6a\x6a\x6a\x6a"
        "\x8b\x0a\x20\x00\x65\x73\x20\x65\x78\x69\x73\x74\x69\x6e\x67\x20\x72\x65\x67\x69\x73\x74\x72\x61"
        "\x74\x69\x6f\x6e\x73\x20\x74\x6f\x20\x62\x65\x20\x72\x65\x6e\x65\x77\x65\x64\x20\x65\x76\x65\x72"
        "\x79\x20\x74\x68\x72\x65\x65\x20\x79\x65\x61\x72\x73\x2e\x20\x54\x75\x72\x6e\x6f\x75\x74\x20\x77"
        "\x61\x73\x20\x37\x31\x25\x2e\x0a\x0a\xe2\x80\x9c\x57\x65\x20\x61\x72\x65\x20\x6e\x6f\x74\x20\x61"
        "\x67\x61\x69\x6e\x73\x74\x20\xf4\x90\x80\x80\x20\x20\x74\x6f\x75\x72\x69\x73\x74\x73\x2e\x20\x57"
        "\x65\x20\x61\x72\x65\x20\x61\x67\x61\x69\x6e\x73\x74\x20\x61\x20\x76\x69\x6c\x6c\x61\x67\x65\x20"
        "\x77\x68\x65\x72\x65\x20\x74\x68\x65\x20\x6c\x69\x67\x68\x74\x73\x20\x61\x72\x65\x20\x6f\x66\x66"
        "\x20\x65\x6c\x65\x76\x65\x6e\x20\x6d\x6f\x6e\x74\x68\x73\x20\x61\x20\x79\x65\x61\x72\x2c\xe2\x80"
        "\x9d\x20\x74\x68\x65\x20\x6d\x61\x79\x6f\x72\x2c\x20\x4d\x61\x72\x6b\x75\x73\x20\x48\x6f\x6c\x6c"
        "\x65\x72\x65\x72\x2c\x20\x73\x61\x69\x64\x20\x61\x01\x00\x00\x0d\x66\x74\x65\x72\x20\x74\x68\x65"
        "\x20\x72\x65\x73\x75\x6c\x74\x20\x77\xff\x73\x20\x61\x6e\x6e\x6f\x75\x6e\x63\x65\x64\x20\x69\x6e"
        "\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x68\x61\x6c\x6c\x2e\x0a\x0a\x48\x6f\x6c\x6c"
        "\x65\x72\x65\x72\x20\x73\x61\x69\x64\x20\x74\x68\x65\x20\x63\x6f\x75\x6e\x63\x69\x6c\x20\x68\x61"
        "\x64\x20\x63\x6f\x75\x6e\x74\x65\x64\x20\x32\x31\x32\x20\x68\x6f\x6d\x65\x73\x20\x72\x65\x67\x69"
        "\x73\x74\x65\x72\x65\x64\x20\x61\x73\x20\x68\x6f\x6c\x69\x64\x61\x79\x20\x6c\x65\x74\x73\x2c\x20"
        "\x6f\x75\x74\x20\x6f\x66\x20\x61\x62\x6f\x75\x74\x20\x36\x34\x30\x20\x62\x69\x67\x0a\x0a\x65\xff"
        "\xff\x01\x5e\xff\x6e\x64\x20\xe2\x82\x0a\x69\x6e\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65"
        "\x2c\x20\x61\x6e\x64\x20\x74\x68\x61\x74\x20\x74\x68\x65\x20\x70\x72\x69\x6d\x61\x72\x79\x20\x73"
        "\x63\x68\x6f\x6f\x6c\x20\x68\x61\x64\x20\x6c\x6f\x73\x74\x20\x61\x20\x74\x68\x69\x72\x64\x20\x6f"
        "\x66\x20\x69\x74\x73\x20\x70\x75\x70\x69\x6c\x73\x20\x69\x6e\x20\x61\x20\x64\x65\x63\x61\x64\x65"
        "\x2e\x0a\x0a\x43\x68\x61\x6c\x65\x74\x73\x20\x61\x62\x6f\x76\x65\x20\x53\x74\x20\x41\x75\x72\x65"
        "\x6c\x69\x65\x6e\x2e\x20\x41\x62\x6f\x75\x74\x20\x61\x20\x74\x68\x69\x72\x64\x20\x6f\x66\x20\x74"
        "\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x27\x73\x20\x68\x6f\x6d\x65\x73\x20\x61\x72\x65\x20\x6e"
        "\x6f\x77\x20\x6c\x65\x74\x20\x74\x6f\x20\x74\x6f\x75\x72\x69\x73\x74\x73\x20\x66\x6f\x72\x20\x6d"
        "\x6f\x73\x74\x20\x6f\x66\x20\x74\x68\x65\x20\x79\x65\x61\x72\x2e\x0a\x50\x68\x6f\x74\x6f\x3a\x20"
        "\x47\x65\x74\x74\x79\x20\x49\x6d\x61\x67\x65\x73\x0a\x0a\x59\x6f\x75\x6e\x67\x20\x66\x61\x6d\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\x09\x20\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\x0a\x78\x0a\x00\xdd\xdd\xdd\xdd\xdd\xdd\x69\x6c\x69\x65\x73\x74\x20\x68\x61"
        "\x00\x2e\x76\x65\x20\x62\x6f\x72\x6e\x65\x00\x0a\x20\x74\x68\x65\x20\x62\x72\x75\x6e\x74\x00\x2e"
        "\x20\x52\x65",
        2595);
    archive::Article a;
    REQUIRE_NOTHROW(a = archive::parse(page, "fuzz.txt"));
    CHECK(nlohmann::json::accept(archive::to_json(a, false)));
}

TEST_CASE("a quoted line far from the last attributed quote is nobody's words", "[quotes][filter]") {
    struct Row {
        const char* lang;
        const char* first;  // a quote with its attribution
        const char* filler; // a paragraph of the writer's
        const char* line;   // a paragraph that is only a quote
        const char* text;
    };
    const Row rows[] = {
        {"en", "\"The ferry is late again,\" said Nora Field, the harbour master.",
         "The island has one pier and a small school near the harbour.",
         "\"The island waits for nobody and the tide is always high\"",
         "The island waits for nobody and the tide is always high"},
        {"fr", "«Le bac est encore en retard», a déclaré Claire Martin, la capitaine du port.",
         "L'île compte une jetée et une petite école près du port.",
         "«L'île n'attend personne et la marée est toujours haute»",
         "L'île n'attend personne et la marée est toujours haute"},
        {"de", "„Die Fähre ist wieder zu spät“, sagte Jonas Keller, der Hafenmeister.",
         "Die Insel hat einen Steg und eine kleine Schule am Hafen.",
         "„Die Insel wartet auf niemanden und die Flut ist immer hoch“",
         "Die Insel wartet auf niemanden und die Flut ist immer hoch"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        // right after the attributed quote, the line goes on with the speaker's words
        auto near = extract_quotes(body(r.lang, {r.first, r.filler, r.line}));
        const Quote* q = find_quote(near, r.text);
        REQUIRE(q);
        CHECK(q->speaker.has_value());
        // five paragraphs on, it is a pull quote or a teaser
        auto far = extract_quotes(body(r.lang, {r.first, r.filler, r.filler, r.filler, r.filler, r.line}));
        CHECK_FALSE(find_quote(far, r.text));
        // and so in another section
        Article a = body(r.lang, {r.first, r.filler});
        a.sections.push_back(Section{std::nullopt, {r.line}});
        CHECK_FALSE(find_quote(extract_quotes(a), r.text));
    }
}

TEST_CASE("a sentence quoting three fragments without a cue lists terms", "[quotes][filter]") {
    struct Row {
        const char* lang;
        const char* listing;
        const char* single;
    };
    const Row rows[] = {
        {"fr", "Le texte vise « la défense des intérêts du pays tout entier », « la prévention des crimes les plus graves » "
               "et « la protection des données de chacun ».",
         "Le texte vise « la défense des intérêts du pays tout entier »."},
        {"en", "The bill covers \"the defence of the interests of the whole country,\" \"the prevention of the most serious "
               "crimes\" and \"the protection of the data of everyone.\"",
         "The bill covers \"the defence of the interests of the whole country.\""},
        {"de", "Das Gesetz betrifft „die Verteidigung der Interessen des ganzen Landes“, „die Verhütung der schwersten "
               "Verbrechen“ und „den Schutz der Daten aller Bürger“.",
         "Das Gesetz betrifft „die Verteidigung der Interessen des ganzen Landes“."},
    };
    for (const auto& r : rows) {
        INFO(r.listing);
        CHECK(extract_quotes(body(r.lang, {r.listing})).empty());
        // one long fragment alone is still a partial quote
        auto one = extract_quotes(body(r.lang, {r.single}));
        REQUIRE(one.size() == 1);
        CHECK(one[0].kind == QuoteKind::partial);
    }
}

TEST_CASE("initials glued by their dots do not end the sentence", "[quotes][speakers]") {
    // the English quote after the attribution sentence continues the quotation only if that sentence ends
    // after the name, not at "J.T."
    auto qs = extract_quotes(body("en", {"“This is a sad day,” said Rep. J.T. Moore, head of the caucus. “The vote failed.”"}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].text == "This is a sad day, The vote failed.");
    CHECK(qs[0].speaker.value_or("") == "J.T. Moore");
    const OneQuoteRow rows[] = {
        {"de", "Die Stadt werde den Hafen bis zum Sommer erneuern, sagte A.B. Keller, der Bürgermeister, am Montag.",
         "Die Stadt werde den Hafen bis zum Sommer erneuern", "A.B. Keller"},
        {"fr", "La ville rénovera le port avant l'été, a déclaré lundi le maire, J.M. Roux, devant la presse.",
         "La ville rénovera le port avant l'été", "J.M. Roux"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto found = extract_quotes(body(r.lang, {r.paragraph}));
        const Quote* q = find_quote(found, r.text);
        REQUIRE(q);
        CHECK(q->speaker.value_or("") == r.speaker);
    }
}

TEST_CASE("a name after a role noun wins over the body named before it", "[quotes][speakers]") {
    check_speakers({
        {"en", {"Growth slowed in rich nations, the IMF said on Tuesday.", "\"Growth has stalled,\" IMF chief economist Maria Lopez said."},
         "Growth has stalled", "Maria Lopez"},
        {"de", {"Das Wachstum sinkt in den reichen Ländern, teilte der IWF mit.", "„Das Wachstum stockt“, sagte IWF-Ökonomin Maria Lopez."},
         "Das Wachstum stockt", "Maria Lopez"},
        {"fr", {"La croissance ralentit dans les pays riches, a indiqué le FMI.", "«La croissance stagne», a déclaré le chef économiste du FMI, Marie Dubois."},
         "La croissance stagne", "Marie Dubois"},
    });
}

TEST_CASE("a quoted fragment in a sentence of reported speech is the reported person's", "[quotes][speakers]") {
    check_speakers({
        {"de", {"„Die Fähre fährt wieder“, sagte Jonas Keller am Montag.", "Der Hafen sei „seit Wochen leer“ gewesen."},
         "seit Wochen leer", "Jonas Keller"},
        {"fr", {"«Le bac repart», a déclaré Claire Martin lundi.", "Le port aurait été « vide depuis des semaines »."},
         "vide depuis des semaines", "Claire Martin"},
        {"it", {"«Il traghetto riparte», ha detto Marco Bianchi lunedì.", "Il porto sarebbe stato «vuoto da settimane»."},
         "vuoto da settimane", "Marco Bianchi"},
        // a person named in the sentence before the quote is the one reported
        {"de", {"„Die Fähre fährt wieder“, sagte Jonas Keller am Montag.", "Zuvor habe Anna Muster „die Abfahrt verzögert“."},
         "die Abfahrt verzögert", "Anna Muster"},
    });
    // without the mood of reported speech a short fragment with no cue is a scare quote; a single quoted word
    // stays a term even in reported speech
    for (const auto& r : std::vector<std::pair<const char*, std::vector<std::string>>>{
             {"de", {"„Die Fähre fährt wieder“, sagte Jonas Keller am Montag.", "Der Hafen war „seit Wochen leer“."}},
             {"fr", {"«Le bac repart», a déclaré Claire Martin lundi.", "Le port était « vide depuis des semaines »."}},
             {"de", {"„Die Fähre fährt wieder“, sagte Jonas Keller am Montag.", "Die Anlage sei eine „Sammelstelle“."}},
         }) {
        INFO(r.second.back());
        CHECK(extract_quotes(body(r.first, r.second)).size() == 1);
    }
}

TEST_CASE("capitalised German nouns after a possessive are no name", "[quotes][speakers]") {
    check_speakers({
        {"de", {"„Die Fähre fährt wieder“, sagte Anna Muster am Montag.", "Weil ihre Kollegin Fieber hatte, habe sie „die Abfahrt verzögert“."},
         "die Abfahrt verzögert", "Anna Muster"},
        // a participle of a speech verb is a cue ("habe ... geschrieben")
        {"de", {"Jonas Keller hat in seinem Brief geschrieben, die Fähre war „seit Wochen leer“."},
         "seit Wochen leer", "Jonas Keller"},
    });
}

TEST_CASE("a quote opening the paragraph after one about a person is that person's", "[quotes][speakers]") {
    check_speakers({
        {"en", {"\"The ferry is late,\" said Nora Field.", "Mayor Tom Vale has lived on the island for thirty years.",
                "\"We lose customers every winter.\""},
         "We lose customers every winter.", "Tom Vale"},
        {"fr", {"«Le bac est en retard», a déclaré Claire Martin.", "Le maire Paul Roux vit sur l'île depuis trente ans.",
                "«Nous perdons des clients chaque hiver.»"},
         "Nous perdons des clients chaque hiver.", "Paul Roux"},
        {"de", {"„Die Fähre ist zu spät“, sagte Anna Muster.", "Bürgermeister Max Roth lebt seit dreißig Jahren auf der Insel.",
                "„Wir verlieren jeden Winter Kunden.“"},
         "Wir verlieren jeden Winter Kunden.", "Max Roth"},
        // a paragraph that names nobody leaves the words with the last speaker
        {"en", {"\"The ferry is late,\" said Nora Field.", "The island has one pier and a small school.",
                "\"We lose customers every winter.\""},
         "We lose customers every winter.", "Nora Field"},
    });
}

TEST_CASE("a cue-less line of title-case words in quote marks is a heading", "[quotes][filter]") {
    const char* said = "\"The ferry is late,\" said Nora Field.";
    CHECK_FALSE(find_quote(extract_quotes(body("en", {said, "'All Hands on Deck.'"})), "All Hands on Deck."));
    CHECK_FALSE(find_quote(extract_quotes(body("en", {said, "\"The Long Way Home\""})), "The Long Way Home"));
    // a sentence in quote marks goes on being the speaker's words
    CHECK(find_quote(extract_quotes(body("en", {said, "\"We wait for it every day.\""})), "We wait for it every day."));
    CHECK(find_quote(extract_quotes(body("fr", {"«Le bac est en retard», a dit Claire Martin.", "«Nous l'attendons Chaque Jour.»"})),
                     "Nous l'attendons Chaque Jour."));
    // German capitalises nouns: title case says nothing there
    CHECK(find_quote(extract_quotes(body("de", {"„Die Fähre ist spät“, sagte Jonas Keller.", "„Die Insel Wartet Jeden Tag.“"})),
                     "Die Insel Wartet Jeden Tag."));
}

TEST_CASE("names with particles are whole names; an affiliation after a full name is not", "[quotes][speakers]") {
    check_speakers({
        {"de", {"„Die Schleuse bleibt bis Mai geschlossen“, sagte Greta von der Aue."},
         "Die Schleuse bleibt bis Mai geschlossen", "Greta von der Aue"},
        {"de", {"„Die Schleuse bleibt bis Mai geschlossen“, so Jan van den Broek."},
         "Die Schleuse bleibt bis Mai geschlossen", "Jan van den Broek"},
        {"de", {"„Die Schleuse bleibt bis Mai geschlossen“, sagte Anna Muster von der Hafenbehörde."},
         "Die Schleuse bleibt bis Mai geschlossen", "Anna Muster"},
        // (an organisation named by an acronym is named with the speaker: see "a German speaker is named with the
        // organisation cited with them")
        {"de", {"„Die Schleuse bleibt bis Mai geschlossen“, sagte Paul Roth von der VKU."},
         "Die Schleuse bleibt bis Mai geschlossen", "Paul Roth von der VKU"},
        {"fr", {"«L'écluse restera fermée jusqu'en mai», a déclaré Jean de la Tourelle."},
         "L'écluse restera fermée jusqu'en mai", "Jean de la Tourelle"},
        // five words with the particles: still one name, and the role noun later goes to it
        {"es", {"Juan Pérez de la Fuente visitó el puerto.", "«La esclusa seguirá cerrada hasta mayo», afirmó el ministro."},
         "La esclusa seguirá cerrada hasta mayo", "Juan Pérez de la Fuente"},
        {"it", {"Marco Bianchi De Luca ha visitato il porto.", "«La chiusa resterà chiusa fino a maggio», ha detto il ministro."},
         "La chiusa resterà chiusa fino a maggio", "Marco Bianchi De Luca"},
    });
}

TEST_CASE("a long quoted fragment without a cue goes to the subject named, else in reported speech to the last speaker", "[quotes][speakers]") {
    check_speakers({
        {"de", {"„Der alte Hafen ist verloren“, sagte Anna Muster.",
                "Außerdem hätte der Senat „die Gelegenheit verpasst, den alten Hafen noch zu retten“."},
         "die Gelegenheit verpasst, den alten Hafen noch zu retten", "Anna Muster"},
        {"fr", {"«Le vieux port est perdu», a déclaré Claire Martin.",
                "Le conseil aurait ainsi «manqué l'occasion de sauver le vieux port de la ville»."},
         "manqué l'occasion de sauver le vieux port de la ville", "Claire Martin"},
        {"it", {"«Il vecchio porto è perduto», ha detto Giulia Rossi.",
                "Il consiglio avrebbe così «perso l'occasione di salvare il vecchio porto della città»."},
         "perso l'occasione di salvare il vecchio porto della città", "Giulia Rossi"},
        {"es", {"«El viejo puerto está perdido», dijo Lucía Gómez.",
                "El consejo habría así «perdido la ocasión de salvar el viejo puerto de la ciudad»."},
         "perdido la ocasión de salvar el viejo puerto de la ciudad", "Lucía Gómez"},
        // with no cue, the name standing as the subject after the verb
        {"de", {"Damals ging Anna Roth noch davon aus, dass die Brücke im Frühjahr gesperrt würde, „um den Schulweg sicher zu halten“."},
         "um den Schulweg sicher zu halten", "Anna Roth"},
        {"es", {"En aquel momento Lucía Gómez todavía creía que la orden se cumpliría «para ahorrar a los niños ese mal trago»."},
         "para ahorrar a los niños ese mal trago", "Lucía Gómez"},
        // another quote of the sentence with its own cue still wins over the last speaker
        {"de", {"„Der alte Hafen ist verloren“, sagte Anna Muster.", "Peter Roth widersprach ihr am Montag.",
                "Die „müden Fischer“ hätten „den Hafen einfach aufgegeben“, so Roth."},
         "müden Fischer", "Peter Roth"},
    });
}

TEST_CASE("a cue without a subject after a paragraph of the writer's goes to the person it spoke of", "[quotes][speakers]") {
    check_speakers({
        {"es", {"Lucía Gómez visitó las obras del muelle el martes.", "«Las obras avanzan bien», explicó."},
         "Las obras avanzan bien", "Lucía Gómez"},
        {"it", {"Giulia Rossi ha visitato il cantiere del molo martedì.", "«I lavori procedono bene», ha spiegato."},
         "I lavori procedono bene", "Giulia Rossi"},
        // after a quoted paragraph the last speaker goes on
        {"es", {"«El muelle está listo», dijo Lucía Gómez.", "«Las obras avanzan bien», añadió."},
         "Las obras avanzan bien", "Lucía Gómez"},
    });
}

TEST_CASE("an outlet between the cue and the speaker's name is not part of the name", "[quotes][speakers]") {
    check_speakers({
        {"es", {"«El muelle abrirá en junio», dijo a EFE Lucía Gómez."}, "El muelle abrirá en junio", "Lucía Gómez"},
        {"it", {"«Il molo aprirà a giugno», ha dichiarato a Repubblica Giulia Rossi."}, "Il molo aprirà a giugno",
         "Giulia Rossi"},
        {"fr", {"«Le quai ouvrira en juin», a déclaré à Libération Claire Martin."}, "Le quai ouvrira en juin",
         "Claire Martin"},
    });
}

TEST_CASE("an age stands for the known person, or for the speaker when none is known", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Der Angeklagte Peter Meier erschien am Morgen vor Gericht.", "„Ich bereue alles zutiefst“, sagte der 58-Jährige."},
         "Ich bereue alles zutiefst", "Peter Meier"},
        {"de", {"Die Polizei Nordstadt prüft den Brief.", "Der 58-Jährige habe in dem Brief geschrieben, man solle „die Bäume am Ufer stehen lassen“."},
         "die Bäume am Ufer stehen lassen", "58-Jährige"},
        {"en", {"Mayor Tom Vale arrived early.", "\"I regret nothing,\" the 58-year-old said."}, "I regret nothing", "Tom Vale"},
        {"en", {"\"I regret nothing,\" said the 58-year-old."}, "I regret nothing", "58-year-old"},
        {"it", {"«Non mi pento di nulla», ha detto il 58enne."}, "Non mi pento di nulla", "58enne"},
        // an age before its noun is an adjective: the noun is the mention, a role noun that names no one
        {"de", {"„Ich bereue nichts“, sagte der 58-jährige Bürgermeister."}, "Ich bereue nichts", ""},
    });
}

TEST_CASE("role nouns of news reports resolve to the person they describe", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Peter Meier besuchte am Montag die Baustelle am Hafen.", "„Die Arbeiten kommen gut voran“, betonte der CDU-Politiker."},
         "Die Arbeiten kommen gut voran", "Peter Meier"},
        {"es", {"Juan Pérez visitó el puerto el lunes.", "«Las obras avanzan bien», afirmó el abogado."},
         "Las obras avanzan bien", "Juan Pérez"},
        {"it", {"Marco Bianchi ha visitato il porto lunedì.", "«I lavori procedono bene», ha detto il sindacalista."},
         "I lavori procedono bene", "Marco Bianchi"},
        {"fr", {"Paul Roux a visité le port lundi.", "«Les travaux avancent bien», a déclaré le quinquagénaire."},
         "Les travaux avancent bien", "Paul Roux"},
        // a German bare plural of role nouns is a group, not the last person
        {"de", {"Peter Meier besuchte am Montag die Baustelle am Hafen.",
                "Örtliche Politiker haben angekündigt, man werde hart gegen die „Verschwendung“ vorgehen."},
         "Verschwendung", "Politiker"},
        // a name after an article and a noun is that noun's object, not the subject
        {"de", {"„Der alte Hafen ist verloren“, sagte Anna Muster.", "Der NPD-Politiker Max Roth saß neben ihr.",
                "Außerdem hätte der Sender Roth „eine Bühne für seine falschen Versprechen gegeben“."},
         "eine Bühne für seine falschen Versprechen gegeben", "Anna Muster"},
    });
}

TEST_CASE("a phrase opened by a preposition before the cue is no subject", "[quotes][speakers]") {
    check_speakers({
        {"de", {"Gegenüber der Zeitung sagte Meier: „Die Arbeiten am Hafen kommen gut voran.“"},
         "Die Arbeiten am Hafen kommen gut voran.", "Meier"},
        {"de", {"Im Interview mit dem Sender erklärte Anna Muster: „Die Arbeiten am Hafen kommen gut voran.“"},
         "Die Arbeiten am Hafen kommen gut voran.", "Anna Muster"},
        {"es", {"En la rueda de prensa declaró Lucía Gómez: «Las obras del puerto avanzan bien»."},
         "Las obras del puerto avanzan bien", "Lucía Gómez"},
    });
}

TEST_CASE("a sentence opened by the preposition of a view and a name gives that person's words", "[quotes][speakers]") {
    check_speakers({
        {"fr", {"Pour Paul Roux, «le port rouvrira avant la fin de l'année prochaine»."},
         "le port rouvrira avant la fin de l'année prochaine", "Paul Roux"},
        {"es", {"Para Lucía Gómez, «el puerto volverá a abrir antes del verano que viene»."},
         "el puerto volverá a abrir antes del verano que viene", "Lucía Gómez"},
        {"it", {"Per Giulia Rossi, «il porto riaprirà prima della fine dell'anno prossimo»."},
         "il porto riaprirà prima della fine dell'anno prossimo", "Giulia Rossi"},
    });
}

TEST_CASE("German \"so\" then a verb names the speaker when a name follows", "[quotes][speakers]") {
    check_speakers({
        {"de", {"„Er ist die eiserne Hand im Samthandschuh“, so charakterisierte ihn der Gewerkschafter Peter Meier."},
         "Er ist die eiserne Hand im Samthandschuh", "Peter Meier"},
        {"de", {"„Die Arbeiten kommen gut voran“, so beschrieb Anna Muster die Lage am Hafen."},
         "Die Arbeiten kommen gut voran", "Anna Muster"},
    });
    // "so heißt ein Projekt": no name after the verb, the quote is a name
    CHECK(extract_quotes(body("de", {"„Wikiasari“, so heißt ein neues Projekt der Stiftung."})).empty());
}

TEST_CASE("role_noun finds a role word whole or at the end of a longer word", "[quotes]") {
    // The reference: every role word of the language compared with the word and with its ending.
    auto reference = [](const quoting::Speakers& sp, const std::string& w) {
        for (const Lexicon* lex : sp.lexs)
            for (const auto& r : lex->role_words)
                if (w == r || (w.size() > r.size() + 3 && w.compare(w.size() - r.size(), r.size(), r) == 0))
                    return true;
        return false;
    };
    for (std::string code : {"de", "en", "fr"}) {
        quoting::Speakers sp = speakers_for(code);
        REQUIRE(!sp.lexs.empty());
        std::vector<std::string> words = {"", "a", "the", "house", "garden", "umbrella", "xyz"};
        for (const auto& r : sp.lexs[0]->role_words) {
            for (std::string prefix : {"", "a", "ab", "abc", "abcd", "vize", "ober"})
                words.push_back(prefix + r);
            // (a role word cut at either end: its endings are read from the last byte, and stop short of a role word)
            if (!r.empty()) {
                words.push_back(r.substr(1));
                words.push_back(r.substr(0, r.size() - 1));
                words.push_back("abcd" + r.substr(0, r.size() - 1));
            }
        }
        // (the inline test of a word's last two bytes that names_into asks first never turns a role noun away, nor
        // one after an elided article)
        const quoting::WordTags& tags = quoting::word_tags(sp.lexs);
        for (const auto& w : words) {
            CAPTURE(code, w);
            CHECK(quoting::role_noun(w, sp) == reference(sp, w));
            CHECK((tags.may_be_role_noun(w) || !reference(sp, w)));
            CHECK((tags.may_be_role_noun("l'" + w) || !quoting::role_noun("l'" + w, sp)));
            CHECK((tags.may_be_role_noun("l\u2019" + w) || !quoting::role_noun("l\u2019" + w, sp)));
        }
        CHECK(!tags.may_be_role_noun("xyzq"));
    }
    quoting::Speakers de = speakers_for("de");
    CHECK(quoting::role_noun("aussenminister", de));
    CHECK(!quoting::role_noun("xminister", de)); // an ending needs four bytes before it
    quoting::Speakers en = speakers_for("en");
    CHECK(!quoting::role_noun("tuesday", en));
}

TEST_CASE("describe keeps each word of a person's descriptions once, nations apart from roles", "[quotes]") {
    using Words = std::vector<std::string>;
    quoting::Speakers en = speakers_for("en");
    int k = en.add_person("Tova Brannick");
    en.describe(k, {"the", "canadian", "harbour", "pilot"});
    en.describe(k, {"harbour", "pilot", "of", "canadian", "ferries"}); // (short words and stopwords are passed)
    CHECK(en.people[static_cast<std::size_t>(k)].roles == Words{"harbour", "pilot", "ferries"});
    CHECK(en.people[static_cast<std::size_t>(k)].nations == Words{"canadian"});
    quoting::Speakers de = speakers_for("de");
    int j = de.add_person("Ilka Voss");
    de.describe(j, {"die", "schweizer", "lotsin"});
    de.describe(j, {"lotsin", "der", "schweizer", "fähre"});
    CHECK(de.people[static_cast<std::size_t>(j)].roles == Words{"lotsin", "fähre"});
    CHECK(de.people[static_cast<std::size_t>(j)].nations == Words{"schweizer"});
}

TEST_CASE("find_person finds a longer name by its first words, also after the name grew", "[quotes]") {
    quoting::Speakers sp = speakers_for("en");
    int hana = sp.add_person("Hana Te Moana");
    CHECK(sp.find_person("Hana Te") == hana);
    CHECK(sp.find_person("hana") == hana);
    CHECK(sp.find_person("Moana") == hana);
    CHECK(sp.find_person("Tama") == -1);
    CHECK(sp.find_person("Te") == -1); // (not the first word)
    // "Rewi" met first, then "Ngaio Rewi": the longer form is the name, found by its first word too.
    int rewi = sp.add_person("Rewi");
    CHECK(sp.find_person("Ngaio") == -1);
    CHECK(sp.add_person("Ngaio Rewi") == rewi);
    CHECK(sp.find_person("Ngaio") == rewi);
    // Of two longer names, the longest.
    int longer = sp.add_person("Hana Te Moana Whetu");
    CHECK(sp.find_person("Hana Te") == longer);
}

TEST_CASE("words_into reads the words of words_of into the room of a vector used before", "[quotes]") {
    auto lexs = quoting::lexicons_for("es");
    std::vector<quoting::Word> room;
    const std::string_view first = "—No vamos a ceder —dijo la alcaldesa de Villanueva—.";
    const std::string_view second = "Las obras del puente, según el concejal, terminan en mayo.";
    quoting::words_into(room, first, 0, first.size(), &lexs);
    CHECK(room.size() == quoting::words_of(first, 0, first.size(), &lexs).size());
    quoting::words_into(room, second, 0, second.size(), &lexs);
    const auto expected = quoting::words_of(second, 0, second.size(), &lexs);
    REQUIRE(room.size() == expected.size());
    for (std::size_t k = 0; k < room.size(); ++k) {
        CHECK(room[k].b == expected[k].b);
        CHECK(room[k].e == expected[k].e);
        CHECK(room[k].low == expected[k].low);
        CHECK(room[k].tags == expected[k].tags);
    }
}

TEST_CASE("words_of lower-cases words of Latin-1 letters and curly apostrophes as text::lower does", "[quotes]") {
    const std::pair<const char*, std::string_view> rows[] = {
        {"de", "Über Ärger und Öl sprach ÜBERLINGEN mit Frau Ödön-Weiß, nicht Müller."},
        {"fr", "État, Élodie, ÉCOLE et Île-de-France: l’Évêque aujourd’hui, ÀLA Ñandú."},
        {"en", "O’Neill didn’t say it; DON’T ask Ó’Brien’s Þórr about ×2 or a ÷ b."},
        {"pl", "Łódź i Świętokrzyskie: ŻÓŁĆ, źródło, Ósemka’s cât."},
    };
    for (const auto& [language, s] : rows) {
        INFO(s);
        auto lexs = quoting::lexicons_for(language);
        for (const auto& w : quoting::words_of(s, 0, s.size(), &lexs)) {
            CAPTURE(w.b, w.e);
            CHECK(w.low == text::lower(s.substr(w.b, w.e - w.b)));
        }
    }
}

TEST_CASE("words_of lower-cases each word, a word without capitals as a view of the text", "[quotes]") {
    auto lexs = quoting::lexicons_for("en");
    // Short and long words, capitals first and inside, a title taking its dot, a word ending the text.
    const std::string_view s = "Dr. Wenna McAllister met the harbourmasters of KELDMOUTH and sr. staff at noon";
    const auto ws = quoting::words_of(s, 0, s.size(), &lexs);
    std::vector<std::string> lows;
    for (const auto& w : ws)
        lows.emplace_back(w.low);
    CHECK(lows == std::vector<std::string>{"dr.", "wenna", "mcallister", "met", "the", "harbourmasters", "of",
                                           "keldmouth", "and", "sr.", "staff", "at", "noon"});
    for (const auto& w : ws) {
        const bool view = w.low.data() == s.data() + w.b;
        CHECK(view == (w.low == s.substr(w.b, w.e - w.b)));
    }
    // The same words from a text whose last word has fewer than eight bytes after its start.
    const std::string_view end = "Ask Tor";
    const auto we = quoting::words_of(end, 0, end.size(), &lexs);
    REQUIRE(we.size() == 2);
    CHECK(we[1].low == "tor");
    CHECK(we[1].upper);
}

TEST_CASE("may_hold_indirect_speech and find_quote_spans skip the units whose words words_into saw could not hold "
          "what they read",
          "[quotes]") {
    struct Row {
        const char* language;
        const char* text;
        bool may_report; // may_hold_indirect_speech
        bool mark;       // WordsSeen::mark: a punctuation mark that may open or close a quote
    };
    const Row rows[] = {
        {"en", "The council met on Tuesday in the old mill.", false, false},
        {"en", "The harbour master said the ferry would run again.", true, false},
        {"de", "Der Gemeinderat tagte am Montag in der alten Mühle.", false, false},
        {"de", "Die Hafenmeisterin sagte, die Fähre fahre wieder.", true, false},
        {"fr", "Le conseil s'est réuni mardi au vieux moulin.", false, false}, // (an apostrophe inside a word)
        {"fr", "La fête est finie, estime-t-elle.", true, false},              // (an inverted verb)
        {"fr", "La fête est finie, conclut-on.", true, false},
        // Words with a hyphen that cannot be inverted verbs.
        {"fr", "Le porte-parole a visité Saint-Malo mardi.", false, false},
        {"en", "The well-known ferry left the dock at noon.", false, false},
        {"de", "Die Bürgermeister-Wahl findet im Mai statt.", false, false},
        {"en", "The ferry was built by J. Harlow in the old yard.", false, false}, // (a word taking a dot)
        // An initial counts without its dot too ("a" opens "a detta di"): a sentence ending with it reads it so.
        {"it", "Il traghetto fu costruito da A. Rossi nel vecchio cantiere.", true, false},
        {"de", "Laut dem Hafenamt fährt die Fähre ab Montag wieder.", true, false}, // (an "according" word)
        {"fr", "Selon la capitainerie, le bac reprend lundi.", true, false},
        // Quote marks of each convention.
        {"en", "The lighthouse keeper had \"a quiet winter\" on the rock.", false, true},
        {"de", "Die Schleuse sei „veraltet“, meinte der Kapitän.", true, true},
        {"fr", "Le passeur décrit un « hiver calme » au port.", false, true},
        {"de", "Der Lotse – „ein Profi“ – kam um neun Uhr.", false, true},
        // Dashes, "…", "•", "€" and "°" open with a byte of a quote mark, but are none.
        {"en", "The toll rose to €4 – a record … for the bridge.", false, false},
        {"de", "Die Maut stieg auf 4 € — ein Rekord bei 30 °C • für die Brücke.", false, false},
        {"fr", "Le péage passe à 4 € — un record … pour le pont.", false, false},
        {"en", "The ferry’s crew — all six — met the mayor’s aide.", false, false}, // (’ inside words)
    };
    for (const Row& r : rows) {
        INFO(r.text);
        auto lexs = quoting::lexicons_for(r.language);
        std::string_view s = r.text;
        std::vector<quoting::Word> ws;
        const quoting::WordsSeen seen = quoting::words_into(ws, s, 0, s.size(), &lexs);
        CHECK(quoting::may_hold_indirect_speech(ws, seen) == r.may_report);
        CHECK(seen.mark == r.mark);
        CHECK(quoting::find_quote_spans(s, ws).empty() == !r.mark);
    }
}

TEST_CASE("gender_of passes over the gendered word of a complement, read forwards or backwards", "[quotes]") {
    struct Row {
        const char* language;
        std::vector<std::string_view> words; // in reading order
        char expected;
    };
    const std::vector<Row> rows = {
        {"fr", {"le", "porte-parole", "de", "la", "coopérative"}, 'm'},
        {"fr", {"porte-parole", "de", "la", "coopérative"}, 'x'}, // ("la" belongs to the complement)
        {"fr", {"la", "conseillère", "du", "maire"}, 'f'},
        {"en", {"the", "chairman", "of", "the", "rowing", "club"}, 'm'},
        {"en", {"the", "office", "of", "mrs", "hollis"}, 'x'},
        {"en", {"a", "manager", "for", "the", "spokeswoman"}, 'f'}, // (only the word right after "for")
        {"de", {"die", "Sprecherin", "des", "Vereins"}, 'x'},
    };
    for (const Row& r : rows) {
        quoting::Speakers sp = speakers_for(r.language);
        INFO(r.language << " " << r.words.size());
        CHECK(sp.gender_of(r.words) == r.expected);
        // Read from the name backwards, the words stand in the other order; the complement is the same.
        std::vector<std::string_view> back(r.words.rbegin(), r.words.rend());
        CHECK(sp.gender_of(back, true) == r.expected);
        // The words' tags, when the caller has them already, give the same answers.
        const auto& tags = quoting::word_tags(sp.lexs);
        std::vector<std::uint16_t> known, known_back;
        for (auto w : r.words)
            known.push_back(tags.of(w));
        known_back.assign(known.rbegin(), known.rend());
        CHECK(sp.gender_of(r.words, false, &known) == r.expected);
        CHECK(sp.gender_of(back, true, &known_back) == r.expected);
        // (and they are the ones read: tags saying "feminine" for every word make a woman of the description)
        std::vector<std::uint16_t> feminine(known.size(), quoting::WordTags::feminine);
        CHECK(sp.gender_of(r.words, false, &feminine) == 'f');
    }
}

TEST_CASE("has_words counts the words of words_lower up to the one asked", "[quotes]") {
    struct Row {
        const char* text;
        int n;
        bool expected;
    };
    const Row rows[] = {
        {"Der Stadtrat tagt heute", 4, true},
        {"Der Stadtrat tagt heute", 5, false},
        {"l'homme du port", 4, true}, // (words_lower splits the elided article off)
        {"« Nous attendons », a-t-il dit", 6, true},
        {"« Nous attendons », a-t-il dit", 7, false},
        {"", 0, true},
        {"", 1, false},
        {" , ; ", 1, false},
        {"Bürgermeisterin Åsa Öberg – sagte", 4, true}, // (letters of two bytes, a dash of three between words)
        {"Bürgermeisterin Åsa Öberg – sagte", 5, false},
        {"Ο δήμαρχος είπε", 3, true},
        {"Ο δήμαρχος είπε", 4, false},
        {"cafe\u0301 ouvert", 2, true}, // (a combining accent stays in its word)
        {"cafe\u0301 ouvert", 3, false},
        {"市长说 «好»", 2, true},
        {"市长说 «好»", 3, false},
    };
    for (const Row& r : rows) {
        INFO(r.text << " / " << r.n);
        CHECK(quoting::has_words(r.text, r.n) == r.expected);
        CHECK(quoting::has_words(r.text, r.n) == (text::words_lower(r.text).size() >= static_cast<std::size_t>(r.n)));
    }
}

TEST_CASE("find_person_lowered answers as find_person for a lower-cased word", "[quotes]") {
    quoting::Speakers sp = speakers_for("de");
    int tomas = sp.add_person("Tomás Ørnberg");
    int lene = sp.add_person("Lene Østrup Falk");
    // (one word, as names_in asks: a name of several words goes to find_person)
    for (std::string_view w : {"ørnberg", "tomás", "lene", "østrup", "falk", "kasimir", "tomas", "l"})
        CHECK(sp.find_person_lowered(w) == sp.find_person(w));
    CHECK(sp.find_person_lowered("ørnberg") == tomas); // by the last word
    CHECK(sp.find_person_lowered("lene") == lene);     // by the first words of a longer name
    CHECK(sp.find_person_lowered("østrup") == -1);
}

TEST_CASE("common_noun finds a listed noun ending after three bytes or more", "[quotes]") {
    // The reference: every ending of the language compared with the word's end.
    auto reference = [](const quoting::Speakers& sp, const std::string& w) {
        for (const Lexicon* lex : sp.lexs)
            if (const LexiconSection* sec = lex->section("noun_ending_words"))
                for (const auto& end : sec->entries)
                    if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0)
                        return true;
        return false;
    };
    for (std::string code : {"de", "en", "fr"}) {
        quoting::Speakers sp = speakers_for(code);
        REQUIRE(!sp.lexs.empty());
        std::vector<std::string> words = {"", "a", "xy", "haus", "garten", "umbrella", "stadtrat"};
        if (const LexiconSection* sec = sp.lexs[0]->section("noun_ending_words"))
            for (const auto& end : sec->entries)
                for (std::string prefix : {"", "a", "ab", "abc", "vorder"})
                    words.push_back(prefix + end);
        const quoting::WordTags& tags = quoting::word_tags(sp.lexs);
        for (const auto& w : words) {
            CAPTURE(code, w);
            CHECK(quoting::common_noun(w, sp) == reference(sp, w));
            CHECK((tags.may_be_common_noun(w) || !reference(sp, w))); // (names_into's inline test first)
        }
        // (a language without noun endings turns every word away at once)
        CHECK(tags.may_be_common_noun("stadtverwaltung") == (code == "de"));
    }
}

TEST_CASE("words_of reads a short ASCII word alike with sixteen bytes after it or fewer", "[quotes]") {
    // A word with sixteen bytes or more from its start is read from its bits of letters and digits; the same word
    // nearer the text's end byte by byte: every field must agree (capitals, acronyms, digits, a title's dot, marks).
    const std::pair<const char*, std::string_view> rows[] = {
        {"en", "Dr. Ana Vale of the NTSB said 42 boats, not 7, left Pier 9 at 6pm; USA, Inc. and J. Roe agreed."},
        {"de", "Laut Frau Berg (SPD) fuhren 12 Boote, nicht 3, ab Kai 4 um 9 Uhr; die GmbH, Prof. Kern und A. Ott."},
        {"fr", "Selon Mme Roux, du PS, 30 bateaux, pas 5, ont quitt\xC3\xA9 le quai 2; la SNCF, M. Petit et J. Bon."},
    };
    for (const auto& [language, text] : rows) {
        INFO(text);
        auto lexs = quoting::lexicons_for(language);
        const std::string padded = std::string(text) + std::string(24, ' ');
        const auto fast = quoting::words_of(padded, 0, text.size(), &lexs);
        for (std::size_t from = 0; from < text.size(); ++from) {
            // (the word at `from` read again as the first of fifteen bytes at most, with fewer than sixteen after its
            // start; its fields are compared when what it reads past its end, four bytes at most, is in them)
            const std::string tail(text.substr(from, 15));
            const auto slow = quoting::words_of(tail, 0, tail.size(), &lexs);
            if (slow.empty() || !(from == 0 || text[from - 1] == ' ') ||
                (slow.front().e + 4 >= tail.size() && from + tail.size() < text.size()))
                continue;
            auto first = std::find_if(fast.begin(), fast.end(), [from](const quoting::Word& w) { return w.b == from; });
            REQUIRE(first != fast.end());
            const quoting::Word& a = *first;
            const quoting::Word& b = slow.front();
            CAPTURE(from, a.low, b.low);
            CHECK(a.e - a.b == b.e - b.b);
            CHECK(a.low == b.low);
            CHECK(a.upper == b.upper);
            CHECK(a.acronym == b.acronym);
            CHECK(a.punct == b.punct);
            CHECK(a.tagged == b.tagged);
            CHECK(a.tags == b.tags);
            CHECK(a.hyphen == b.hyphen);
        }
    }
}

TEST_CASE("words_of lower-cases long ASCII words whole", "[quotes]") {
    const std::string s =
        "The TRANSPORTATION-Committee of Ostervald-Brunnhagen approved it, O'Donnell-SMITH said. NATO agreed, ÖVP too.";
    auto ws = quoting::words_of(s, 0, s.size());
    REQUIRE(ws.size() == 16);
    CHECK(ws[10].acronym);
    CHECK(ws[13].acronym); // ("ÖVP": not ASCII)
    CHECK_FALSE(ws[0].acronym);
    CHECK_FALSE(ws[7].acronym);
    CHECK(ws[13].low == "övp");
    CHECK(ws[1].low == "transportation-committee");
    CHECK(ws[3].low == "ostervald-brunnhagen");
    CHECK(ws[7].low == "o'donnell-smith");
    CHECK(ws[1].acronym == false);
    CHECK(ws[6].punct);
}

namespace {

// The `low` of each of words_of(s), checked against text::lower of the word's bytes.
std::vector<std::string> lows_checked(const std::string& s) {
    std::vector<std::string> lows;
    for (const auto& w : quoting::words_of(s, 0, s.size())) {
        CAPTURE(s.substr(w.b, w.e - w.b));
        CHECK(w.low == text::lower(s.substr(w.b, w.e - w.b)));
        lows.emplace_back(w.low);
    }
    return lows;
}

} // namespace

TEST_CASE("words_of reads Latin-1 letters inside a word as text::lower does", "[quotes]") {
    // Words with "ä", "É", "ß", "Ñ" after their first letter are lower-cased without decoding them; "×" and "÷"
    // are no letters and end a word.
    const std::string s = "Frau KRÄMER-Großfeld sagte: MÜNZENBÜHL, grüße. Le PRÉFET de l'ÉTÉ a dit Hélène. "
                          "El AÑO, señor Peña. Über 3×4 und 8÷2, Ørsted, Ætna-Süd, DÖRTE.";
    const auto lows = lows_checked(s);
    for (std::string_view word : {"krämer-großfeld", "münzenbühl", "préfet", "l'été", "año", "peña", "über", "ørsted",
                                  "ætna-süd", "dörte"})
        CHECK(std::find(lows.begin(), lows.end(), word) != lows.end());
    for (std::string_view word : {"3", "4", "8", "2"})
        CHECK(std::find(lows.begin(), lows.end(), word) != lows.end());
    CHECK(std::find(lows.begin(), lows.end(), "3×4") == lows.end());
    CHECK(std::find(lows.begin(), lows.end(), "8÷2") == lows.end());
}

TEST_CASE("words_of reads the letters of Latin Extended-A inside a word as text::lower does", "[quotes]") {
    // "ł", "Ś", "ř", "Ő" after a word's first letter are taken without decoding them: every code point of
    // U+0100..U+017F is a letter.
    for (char32_t cp = 0x100; cp < 0x180; ++cp) {
        CAPTURE(static_cast<std::uint32_t>(cp));
        CHECK(text::is_word_char(cp));
    }
    const std::string s = "Pani Małgorzata ŚWIĘTOCHOWSKA z Łodzi powiedziała: dziękuję. Antonín DVOŘÁK-Ševčík, "
                          "Erdős Pál és Kővári-Nagy.";
    const auto lows = lows_checked(s);
    for (std::string_view word : {"małgorzata", "świętochowska", "łodzi", "powiedziała", "dziękuję", "dvořák-ševčík",
                                  "erdős", "kővári-nagy"})
        CHECK(std::find(lows.begin(), lows.end(), word) != lows.end());
}

TEST_CASE("person_title gives the gender of the first line of a title", "[quotes]") {
    // The reference: the "title gender" lines read in file order.
    auto reference = [](const std::vector<const Lexicon*>& lexs, const std::string& w) -> char {
        for (const Lexicon* lex : lexs)
            for (const auto& entry : lex->list("person_titles")) {
                auto sp = entry.rfind(' ');
                if (sp != std::string::npos && entry.compare(0, sp, w) == 0 && sp == w.size())
                    return entry[sp + 1];
            }
        return 0;
    };
    for (std::string code : {"de", "en", "fr", "xx"}) {
        auto lexs = quoting::lexicons_for(code);
        std::vector<std::string> words = {"", "a", "the", "house", "m", "mr.x"};
        for (const Lexicon* lex : lexs)
            for (const auto& entry : lex->list("person_titles")) {
                words.push_back(entry);
                words.push_back(entry.substr(0, entry.rfind(' ')));
            }
        for (const auto& w : words) {
            CAPTURE(code, w);
            CHECK(quoting::person_title(lexs, w) == reference(lexs, w));
        }
    }
    CHECK(quoting::person_title(quoting::lexicons_for("fr"), "mme") == 'f');
    CHECK(quoting::person_title(quoting::lexicons_for("en"), "garden") == 0);
}

TEST_CASE("a sentence's words taken from its paragraph's are the words read in the sentence alone", "[quotes][words]") {
    using archive::quoting::Word;
    struct Row {
        std::string language, paragraph;
    };
    const Row rows[] = {
        {"en", "Dr. Ada K. Lorne said the plan by the U.S. Navy was sound. It was signed by John F. Quill."},
        {"en", "The O’Neill family met at St. Brede’s hall. Rep. Tam Ossery, a self-made man, agreed. A. B. C."},
        {"de", "Laut Dr. Merle Quast (z.B. beim Amt) ist alles gut. Das sagte sie am Montag – und ging. L.E.A.N."},
        {"fr", "« Rien n’est décidé », a-t-il dit. M. Paul-Henri Dacier l’a confirmé. Aujourd’hui, c’est fini."},
        // initials and titles right before a sentence's end, read with fewer bytes after them
        {"en", "Sen. Ida Vorn met G.K. Hale and Mr. T. Brix. She wrote to J. Q. Then she left, said Dr. X. Mr. Z. Yes."},
    };
    for (const auto& r : rows) {
        CAPTURE(r.paragraph);
        auto lexs = archive::quoting::lexicons_for(r.language);
        auto ws = archive::quoting::words_of(r.paragraph, 0, r.paragraph.size(), &lexs);
        REQUIRE(ws.size() > 10);
        auto same = [](const Word& a, const Word& b) {
            return a.b == b.b && a.e == b.e && a.low == b.low && a.upper == b.upper && a.punct == b.punct &&
                   a.acronym == b.acronym && a.tags == b.tags && a.hyphen == b.hyphen;
        };
        for (std::size_t i = 0; i < ws.size(); ++i)
            for (std::size_t j = i; j < ws.size(); ++j) {
                auto expected = archive::quoting::words_of(r.paragraph, ws[i].b, ws[j].e, &lexs);
                auto got = archive::quoting::words_between(r.paragraph, ws, ws[i].b, ws[j].e, &lexs);
                CAPTURE(i, j);
                REQUIRE(got.size() == expected.size());
                for (std::size_t k = 0; k < got.size(); ++k)
                    REQUIRE(same(got[k], expected[k]));
            }
    }
}

TEST_CASE("particle knows the short words inside a name and nothing longer or shorter", "[quotes]") {
    // "Anna von Holt", "Luc de Vrenne", "Pieter ten Bosch": particles of two or three bytes.
    for (std::string w : {"von", "de", "ten", "van", "bin", "zu"})
        CHECK(quoting::particle(w));
    for (std::string w : {"", "d", "vonn", "dello", "vanderveld", "Von", "the", "ed", "vo", "tern"})
        CHECK_FALSE(quoting::particle(w));
    CHECK_FALSE(quoting::particle(std::string_view("\0de", 3))); // (three bytes, not "de")
    for (std::string w : {"del", "ter", "dos", "al", "la"})
        CHECK(quoting::particle(w));
}

TEST_CASE("WordTags answers as the word lists it gathers", "[quotes]") {
    // Every word of the lists asked of each word, and words of none, for each language and for all of them.
    std::vector<std::vector<const archive::Lexicon*>> sets = {archive::languages()};
    for (const archive::Lexicon* lex : archive::languages())
        sets.push_back({lex});
    for (const auto& lexs : sets) {
        const auto& tags = archive::quoting::word_tags(lexs);
        auto expected = [&lexs](const std::string& w) {
            using archive::quoting::WordTags;
            // The sections whose whole entries are tagged.
            const std::pair<const char*, std::uint16_t> entries[] = {
                {"participle_auxiliaries", WordTags::auxiliary}, {"cue_adverbs", WordTags::cue_adverb},
                {"according", WordTags::according_entry},       {"complement_words", WordTags::complement},
                {"feminine_words", WordTags::feminine},         {"masculine_words", WordTags::masculine},
                {"nationality_words", WordTags::nationality},   {"preposition_words", WordTags::preposition},
                {"articles", WordTags::article},                {"possessive_words", WordTags::possessive},
                {"abbreviation_words", WordTags::abbreviation}};
            std::uint16_t t = 0;
            for (const archive::Lexicon* lex : lexs) {
                if (lex->has_speech_verb(w))
                    t |= WordTags::speech_verb;
                for (const auto& [section, tag] : entries)
                    if (lex->has(section, w))
                        t |= tag;
                if (!lex->phrases_from("speech_phrases", w).empty())
                    t |= WordTags::speech_phrase;
                if (!lex->phrases_from("according", w).empty())
                    t |= WordTags::according;
                if (lex->stopwords.count(w) > 0)
                    t |= WordTags::stopword;
                if (lex->person_titles.count(w) > 0)
                    t |= WordTags::person_title;
            }
            return t;
        };
        std::vector<std::string> words = {"", "zeppelinhafen", "der", "the", "a", "said", "sagte", "selon", "laut"};
        // Words of one to eight bytes are kept apart from longer ones, as integers of their bytes: unlisted words at
        // the edges of both, and words that differ from listed ones by a byte more or less.
        for (const char* w : {"zeppelin", "zeppelins", "th", "thee", "thex", "q", "sagten", "sagt"})
            words.emplace_back(w);
        words.emplace_back("the\0", 4);
        words.emplace_back("\0the", 4);
        for (const archive::Lexicon* lex : lexs)
            for (const char* sec : {"speech_verbs", "participle_auxiliaries", "cue_adverbs", "speech_phrases", "according",
                                    "stopwords", "person_titles", "complement_words", "feminine_words",
                                    "masculine_words", "nationality_words", "preposition_words", "articles",
                                    "possessive_words", "abbreviation_words"}) {
                for (const auto& words_of_entry : lex->phrase_list(sec))
                    words.insert(words.end(), words_of_entry.begin(), words_of_entry.end());
                for (const auto& entry : lex->list(sec))
                    words.push_back(entry);
            }
        for (const auto& w : words) {
            CAPTURE(w);
            CHECK(tags.of(w) == expected(w));
        }
    }
}

TEST_CASE("find_quote_spans reads the same spans from a paragraph's words as from its bytes", "[quotes]") {
    const std::pair<const char*, std::string> rows[] = {
        {"en", "The skipper's \"plan\" - a 'quick fix,' she said - worked on the players' boats."},
        {"en", "\u201cWe sail at dawn,\u201d said O\u2019Brien. \u201cDon\u2019t wait.\u201d \u2018Maybe\u2019 not."},
        {"en", "He called it \"nonsense\u201d and \u201cmore hours\" and \u201cMostly False.\u201c Then 'done'."},
        {"de", "\u201eDie Br\u00fccke bleibt zu\u201c, sagte sie. \u00bbNie\u00ab, rief er, \u203aleise\u2039."},
        {"fr", "\u00ab Nous partons \u00bb, a-t-elle dit, \u00ab l\u2019\u00e9t\u00e9 prochain \u00bb. \u2039 Bon \u203a."},
        {"ja", "\u300c\u306f\u3044\u300d\u3068\u8a00\u3063\u305f\u3002\u300e\u672c\u300f"},
        {"en", "\"Unclosed at the end of the paragraph"},
        {"en", "'Tis the 'season' of \"stray marks \u201c in \u2018 the 'middle"},
        {"en", ""},
    };
    for (const auto& [language, text] : rows) {
        INFO(text);
        auto lexs = quoting::lexicons_for(language);
        const auto bytes = find_quote_spans(text);
        const auto words = quoting::find_quote_spans(text, quoting::words_of(text, 0, text.size(), &lexs));
        REQUIRE(words.size() == bytes.size());
        for (std::size_t k = 0; k < bytes.size(); ++k) {
            CHECK(words[k].open == bytes[k].open);
            CHECK(words[k].close == bytes[k].close);
            CHECK(words[k].open_len == bytes[k].open_len);
            CHECK(words[k].close_len == bytes[k].close_len);
            CHECK(words[k].closed == bytes[k].closed);
        }
    }
}

TEST_CASE("skip_to stops on the first byte of its set whether it reads eight bytes at a time or one", "[quotes]") {
    std::array<bool, 256> ends{};
    ends['.'] = ends['!'] = ends['?'] = true;
    std::array<bool, 256> marks{};
    for (unsigned char b : {'\'', '"', '\xC2', '\xE2', '\xE3'})
        marks[b] = true;
    const std::string lines[] = {
        "", "a", "Kein Punkt hier und auch sonst nichts weiter zu sehen", "Ja. Nein! Wie? Gut.",
        "Die Brücke „Alte Mühle“ bleibt zu, sagte sie. « Bien sûr », répond-il.",
        "The mayor's \"plan\" – a 'quick fix' – failed.", "ééééééééééééééééé.", "........"};
    for (const auto& line : lines)
        for (std::size_t from = 0; from <= line.size(); ++from) {
            CAPTURE(line, from);
            std::size_t end = from, mark = from;
            while (end < line.size() && !ends[static_cast<unsigned char>(line[end])])
                ++end;
            while (mark < line.size() && !marks[static_cast<unsigned char>(line[mark])])
                ++mark;
            CHECK(archive::quoting::skip_to(line, from, ends, ".!?", false) == end);
            CHECK(archive::quoting::skip_to(line, from, marks, "'\"", true) == mark);
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

TEST_CASE("a body's name goes on past the word linking its noun to what it is of", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "\u201CThe herd is moving inland,\u201D said the Bureau of Upland Grazing.", "The herd is moving inland",
         "Bureau of Upland Grazing"},
        {"en", "The Ministry of Canal Works said the lock was \u201Cbeyond repair\u201D after the flood.", "beyond repair",
         "Ministry of Canal Works"},
        {"en", "Herds drift inland for many reasons, but \u201Cdrought, fences and a late thaw\u201D all play a part, according to the Vellmark Department of Forest Care.",
         "drought, fences and a late thaw", "Vellmark Department of Forest Care"},
        {"de", "\u201EDie Schleuse ist nicht mehr zu retten\u201C, teilte das Ministerium für Kanalbau mit.",
         "Die Schleuse ist nicht mehr zu retten", "Ministerium für Kanalbau"},
        // (a person's name is no body: "of" still ends it)
        {"en", "\u201CWe will rebuild the lock by spring,\u201D said Tomas Ferrow of Canal Works.",
         "We will rebuild the lock by spring", "Tomas Ferrow"},
    };
    check_said_by(rows);
}

TEST_CASE("a title inside a run of capitalised words opens the name after it", "[quotes][speakers]") {
    // Once the person is known by the name after the titles, a later mention by surname finds her, even
    // beside another known name.
    const auto qs = extract_quotes(body(
        "en", {"Retired Lt. Gen. Lena Orvell said Peter Hanna was \u201Cquite correct\u201D about the docks.",
               "\u201CThere is a deep gap between this council and the piers,\u201D Orvell, a top Hanna ally, said on "
               "Tuesday.",
               "Former Sen. Abel Quist called the plan \u201Ca gift to the shipyards\u201D at the hearing."}));
    const Quote* first = find_quote(qs, "quite correct");
    const Quote* second = find_quote(qs, "There is a deep gap between this council and the piers");
    const Quote* third = find_quote(qs, "a gift to the shipyards");
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(third);
    CHECK(first->speaker.value_or("") == "Lena Orvell");
    CHECK(second->speaker.value_or("") == "Lena Orvell");
    CHECK(third->speaker.value_or("") == "Abel Quist");
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

TEST_CASE("a German speaker is named with the organisation cited with them by its proper name", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"de", "\u201EDer Deich hält keinen zweiten Winter\u201C, so der Ingenieur Malte Krogmann von der GVD.",
         "Der Deich hält keinen zweiten Winter", "Malte Krogmann von der GVD"},
        {"de", "Lina Harbeck von Clean Rivers Watch sagte, der Fluss sei \u201Ekaum noch zu retten\u201C.",
         "kaum noch zu retten", "Lina Harbeck von Clean Rivers Watch"},
        // a common noun or an adjective describes: the name alone
        {"de", "\u201EDer Deich hält keinen zweiten Winter\u201C, sagte Malte Krogmann von der Hafenbehörde.",
         "Der Deich hält keinen zweiten Winter", "Malte Krogmann"},
        {"de", "\u201EDer Deich hält keinen zweiten Winter\u201C, sagte Malte Krogmann von der friesischen Deichwacht.",
         "Der Deich hält keinen zweiten Winter", "Malte Krogmann"},
        // a particle of the name is no organisation
        {"de", "\u201EDer Deich hält keinen zweiten Winter\u201C, sagte Hella von der Aue.",
         "Der Deich hält keinen zweiten Winter", "Hella von der Aue"},
        // English names the person alone
        {"en", "\u201CThe dike will not hold another winter,\u201D said Malte Krogmann of the GVD.",
         "The dike will not hold another winter", "Malte Krogmann"},
    };
    check_said_by(rows);
    // Later quotes by surname find the person by the name alone.
    const auto qs = extract_quotes(body(
        "de", {"\u201EDer Deich hält keinen zweiten Winter\u201C, so Malte Krogmann von der GVD.",
               "Krogmann sagte weiter: \u201EWir brauchen neue Pumpen für das ganze Ufer.\u201C"}));
    const Quote* later = find_quote(qs, "Wir brauchen neue Pumpen für das ganze Ufer.");
    REQUIRE(later);
    CHECK(later->speaker.value_or("") == "Malte Krogmann");
}

TEST_CASE("an adverb of frequency between the subject and the cue is not part of the speaker", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "Councillor Wren Hadley often calls the bypass \u201Ca road to nowhere\u201D at meetings.",
         "a road to nowhere", "Wren Hadley"},
        {"en", "Wren Hadley always described the bypass as \u201Ca road to nowhere\u201D in her letters.",
         "a road to nowhere", "Wren Hadley"},
        {"en", "The mayor of Carrowmore sometimes calls the bypass \u201Ca road to nowhere\u201D too.",
         "a road to nowhere", "Carrowmore"},
    };
    check_said_by(rows);
}

TEST_CASE("a cue opening a clause of what is said names no speaker after it", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "City Attorney Lena Vark said in her letter that the poster \u201Cplainly and wrongly\u201D suggests "
               "that Carrowmore and its crews back the toll.",
         "plainly and wrongly", "Lena Vark"},
        {"es", "La alcaldesa Rosa Imaz explicó en su carta que el cartel \u00ABde forma clara y falsa\u00BB afirma "
               "que Villarrasa y sus vecinos apoyan el peaje.",
         "de forma clara y falsa", "Rosa Imaz"},
    };
    check_said_by(rows);
}

TEST_CASE("a role of a body describes the person of that body named before, not the body", "[quotes][speakers]") {
    check_speakers({
        {"es", {"Rosa Imaz, integrante de Vecinos Unidos, habló el lunes con el alcalde Tomás Eguren.",
                "\u00ABNo nos vamos a mover de la plaza\u00BB, dijo la referente de Vecinos Unidos."},
         "No nos vamos a mover de la plaza", "Rosa Imaz"},
        {"es", {"La concejala Ane Urkiza, de la Liga Verde, visitó el lunes al alcalde Tomás Eguren.",
                "\u00ABEl parque no se toca\u00BB, afirmó la integrante de la Liga Verde."},
         "El parque no se toca", "Ane Urkiza"},
        // with no member of the body named before, the body speaks
        {"es", {"El alcalde Tomás Eguren habló el lunes con los vecinos.",
                "\u00ABNo nos vamos a mover de la plaza\u00BB, dijo la referente de Vecinos Unidos."},
         "No nos vamos a mover de la plaza", "Vecinos Unidos"},
    });
}

TEST_CASE("a number written with a slash stays one word of the description before the name", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "\u201CWe waited twenty years for this,\u201D said 9/11 widow Ann Roe, who lives near the quay.",
         "We waited twenty years for this", "Ann Roe"},
        {"en", "\u201CThe shop never closes,\u201D said 24/7 grocer Milo Brandt on Friday.",
         "The shop never closes", "Milo Brandt"},
        {"de", "\u201EWir haben zwanzig Jahre gewartet\u201C, sagte die 9/11-Witwe Anna Rohde am Montag.",
         "Wir haben zwanzig Jahre gewartet", "Anna Rohde"},
    };
    check_said_by(rows);
}

TEST_CASE("an adverb opening the sentence before the subject is not part of the speaker", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "Even Mara Pell said the plan was \u201Ca fair deal\u201D for the quay.", "a fair deal", "Mara Pell"},
        {"de", "Sogar Mara Pell sagte, der Plan sei \u201Eein fairer Kompromiss\u201C f\u00FCr den Hafen.",
         "ein fairer Kompromiss", "Mara Pell"},
        {"es", "Incluso Rosa Imaz dijo que el plan era \u00ABun acuerdo justo\u00BB para el puerto.", "un acuerdo justo",
         "Rosa Imaz"},
    };
    check_said_by(rows);
}

TEST_CASE("a page's people are its own, though the room of their lists is handed on to the next page", "[quotes]") {
    // A woman on one page: the next page's person of the same name is known only by its own words.
    const std::string named = "La directrice, Anne Vidal, a visité l'usine.";
    const std::vector<std::string> next = {"Anne Vidal était là.", "«Personne ne sera licencié», a-t-il dit."};
    const auto alone = extract_quotes(body("fr", next));
    const Quote* found = find_quote(alone, "Personne ne sera licencié");
    REQUIRE(found);
    const std::string speaker = found->speaker.value_or("");
    INFO(speaker);
    for (int page = 0; page < 3; ++page) {
        (void)extract_quotes(body("fr", {named, "Le directeur, Paul Roux, et la maire, Claire Morel, ont signé."}));
        auto again = extract_quotes(body("fr", next));
        found = find_quote(again, "Personne ne sera licencié");
        REQUIRE(found);
        CHECK(found->speaker.value_or("") == speaker);
    }
}

TEST_CASE("names_into finds a unit's names in the room of the last unit's, none of which it keeps", "[quotes]") {
    struct Row {
        const char* language;
        const char* text;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        {"en", "Mayor Ann Roe met Tom Reed and Lena Orvell at the port.", {"Ann Roe", "Tom Reed", "Lena Orvell"}},
        {"en", "The ferry left at noon.", {}},
        {"de", "Bürgermeisterin Anna Muster traf Jan Roth am Hafen.", {"Anna Muster", "Jan Roth"}},
        {"fr", "La maire, Claire Morel, a reçu Paul Roux.", {"Claire Morel", "Paul Roux"}},
    };
    std::vector<quoting::NameSpan> names; // (one room for all the rows)
    for (const Row& r : rows) {
        INFO(r.text);
        const quoting::Speakers sp = speakers_for(r.language);
        std::string_view s = r.text;
        const auto ws = quoting::words_of(s, 0, s.size(), &sp.lexs);
        quoting::names_into(names, ws, sp);
        std::vector<std::string> found;
        for (const auto& n : names)
            found.push_back(quoting::span_text(s, ws, n.first, n.last));
        CHECK(found == r.names);
        CHECK(quoting::names_in(ws, sp).size() == names.size());
    }
}
