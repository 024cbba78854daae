// Table-driven tests of the quotes stage, in several languages: what is no quotation (scare quotes, titles, names,
// terms), and indirect speech.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <string>
#include <vector>

using namespace archive;

using namespace archive::quote_checks;
using archive::quote_rows::check_quotes;

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

TEST_CASE("German \"so\" before a quote introduces it only with a colon", "[quotes][filter]") {
    CHECK(extract_quotes(body("de", {"Die Partei will die so genannte „Hafensteuer“ im nächsten Jahr einführen."})).empty());
    // "so" after a quote names a speaker only when a name or an article follows, not a verb
    CHECK(extract_quotes(body("de", {"„Hafenblick“, so heißt das neue Projekt der Stadt am Fluss."})).empty());
    check_quotes({
        {"de", {"Jonas Keller erklärt es so: „Die Fische kommen im Frühling zurück.“"},
         "Die Fische kommen im Frühling zurück.", "Jonas Keller"},
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
    check_quotes({
        {"en", {"Nora Field said she expects the campaign \"to keep the ferry running all winter.\""},
         "to keep the ferry running all winter.", "Nora Field"},
    });
}

TEST_CASE("a quoted name right after the verb and its article is the speaker, not words", "[quotes][filter]") {
    CHECK(extract_quotes(body("de", {"Das berichtete die „Hafenpost“ am Montag in ihrer Onlineausgabe."})).empty());
    check_quotes({
        {"de", {"Jonas Keller sprach am Montag.", "Er bezeichnete die „Reform“ als gescheitert."}, "Reform", "Jonas Keller"},
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
         "The plan covers \"the defence of the interests of the whole country.\""},
        {"de", "Das Gesetz betrifft „die Verteidigung der Interessen des ganzen Landes“, „die Verhütung der schwersten "
               "Verbrechen“ und „den Schutz der Daten aller Bürger“.",
         "Der Plan betrifft „die Verteidigung der Interessen des ganzen Landes“."},
    };
    for (const auto& r : rows) {
        INFO(r.listing);
        CHECK(extract_quotes(body(r.lang, {r.listing})).empty());
        // one long fragment alone is still a partial quote (of a plan: a law's would be its cited wording)
        auto one = extract_quotes(body(r.lang, {r.single}));
        REQUIRE(one.size() == 1);
        CHECK(one[0].kind == QuoteKind::partial);
    }
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

TEST_CASE("words quoted from a law or a treaty with no cue cite its text, nobody's speech", "[quotes][filter]") {
    struct Row {
        const char* lang;
        const char* line;
        const char* words;
        bool quoted; // still a partial quote
    };
    const Row rows[] = {
        {"en", "The bill would force the banks to “report every transfer above the threshold within a week”.",
         "report every transfer above the threshold within a week", false},
        {"en", "The treaty requires both sides to \"keep their fishing fleets out of the northern bay until spring\".",
         "keep their fishing fleets out of the northern bay until spring", false},
        {"de", "Das Gesetz verpflichtet die Länder, „jedes Jahr einen Bericht über die Wälder vorzulegen“.",
         "jedes Jahr einen Bericht über die Wälder vorzulegen", false},
        {"fr", "La Constitution impose à l'État de « garantir à chacun l'accès aux soins et à l'éducation ».",
         "garantir à chacun l'accès aux soins et à l'éducation", false},
        {"fr", "Une disposition du projet de loi permettrait aux préfets de « fermer tout lieu de culte pendant six mois ».",
         "fermer tout lieu de culte pendant six mois", false},
        {"es", "La ley obliga a los municipios a «publicar cada año las cuentas de todas sus empresas».",
         "publicar cada año las cuentas de todas sus empresas", false},
        {"it", "La legge impone ai comuni di «pubblicare ogni anno i conti di tutte le loro aziende».",
         "pubblicare ogni anno i conti di tutte le loro aziende", false},
        // no law named: the same words stay a partial quote
        {"en", "The banks will soon have to “report every transfer above the threshold within a week”.",
         "report every transfer above the threshold within a week", true},
        // a law named in a phrase of time, or as the topic of someone's verdict
        {"es", "Tras la aprobación de la ley, la asociación de vecinos advirtió de “un riesgo grave para todos los comercios del barrio”.",
         "un riesgo grave para todos los comercios del barrio", true},
        {"es", "Para la asociación de vecinos, el decreto “llega demasiado tarde y se queda muy corto”.",
         "llega demasiado tarde y se queda muy corto", true},
        {"en", "For the tenants' union, the decree “comes far too late and does far too little”.",
         "comes far too late and does far too little", true},
        // the law's name in title case is no wording of it
        {"en", "Following an outcry from fishermen’s groups, the bill, known as the “Protection of Small Fishing Fleets Act” "
               "was passed by the council with wide support.",
         "Protection of Small Fishing Fleets Act", true},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto qs = extract_quotes(body(r.lang, {r.line}));
        const Quote* q = find_quote(qs, r.words);
        CHECK((q && q->kind == QuoteKind::partial) == r.quoted);
    }
}
