// The kinds and spans of quotes (quotes95, session 43): "…, so X" after a clause holding a quoted fragment, a naming
// verb before a short fragment, a headline's inverted cue after its last comma, a headline's topic label before its
// quote, a cue right after the closing mark with no comma. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

#include "classify.hpp"

using namespace archive;
using archive::quote_checks::find_quote;

namespace {

// A page in `lang`: a headline (may be empty), a first paragraph naming the people, the paragraph read, a closing line.
struct PageCase {
    const char* lang;
    const char* headline;
    const char* intro;
    const char* paragraph;
    const char* text;    // the quote looked for
    const char* speaker; // "" for none
    const char* cue;     // "" for none
};

std::vector<Quote> quotes_of(const PageCase& r) {
    return extract_quotes(quote_rows::page(r.lang, r.headline, {r.intro, r.paragraph, "The next meeting is in May."}));
}

// Each row's quote is found (every row is checked) where `where` says, of `kind`, with its speaker and cue.
void check_pages(const std::vector<PageCase>& rows, QuoteKind kind, Where where) {
    for (const PageCase& r : rows) {
        INFO(r.lang << ": " << r.headline << " / " << r.paragraph);
        const auto qs = quotes_of(r);
        const Quote* q = quote_checks::checked_quote(qs, r.text, kind);
        if (q == nullptr)
            continue;
        CHECK(q->where == where);
        CHECK(q->speaker.value_or("") == r.speaker);
        CHECK(q->cue.value_or("") == r.cue);
    }
}

} // namespace

TEST_CASE("a cue after the writer's clause round a quoted fragment attributes the fragment", "[quotes][quotes95]") {
    const std::vector<PageCase> rows = {
        {"de", "", "Die Landrätin Renate Leitner hat am Freitag ein Sparpaket vorgestellt.",
         "Frei werdende Stellen würden \u201Esozial verträglich\u201C nachbesetzt, so Leitner.", "sozial verträglich",
         "Renate Leitner", "so"},
        {"de", "", "Der Sprecher des Kreises, Tobias Rend, äußerte sich am Montag.",
         "Die Schulen blieben \u201Evorerst geschlossen\u201C, so Rend am Montag.", "vorerst geschlossen",
         "Tobias Rend", "so"},
        {"nl", "", "Gedeputeerde Marieke Smit heeft vrijdag een pakket bezuinigingen gepresenteerd.",
         "Vrijkomende banen worden \u201Csociaal verantwoord\u201D ingevuld, aldus Smit.", "sociaal verantwoord",
         "Marieke Smit", "aldus"},
        {"en", "", "Regional minister Mary Stone presented a savings package on Friday.",
         "Vacant posts would be filled in a \"socially acceptable\" way, according to Stone.", "socially acceptable",
         "Mary Stone", "according to"},
    };
    check_pages(rows, QuoteKind::partial, Where::body);
}

TEST_CASE("\"so\" after a comma that names no one gives no quote", "[quotes][quotes95]") {
    // (the adverb of a clause of result, "so dass", and "so scheint es")
    const std::vector<PageCase> rows = {
        {"de", "", "Die Landrätin Renate Leitner hat am Freitag ein Sparpaket vorgestellt.",
         "Der Plan gilt als \u201Esozial verträglich\u201C, so dass die Gewerkschaft zustimmte.", "sozial verträglich",
         "", ""},
        {"de", "", "Die Landrätin Renate Leitner hat am Freitag ein Sparpaket vorgestellt.",
         "Der Plan gilt als \u201Esozial verträglich\u201C, so scheint es jedenfalls.", "sozial verträglich", "", ""},
    };
    for (const PageCase& r : rows) {
        INFO(r.paragraph);
        const auto qs = quotes_of(r);
        const Quote* q = find_quote(qs, r.text);
        CHECK((q == nullptr || (!q->speaker && q->cue.value_or("") != "so")));
    }
}

TEST_CASE("a naming verb before a short quoted fragment makes it its subject's words", "[quotes][quotes95]") {
    const std::vector<PageCase> rows = {
        {"nl", "", "Jean-Luc Dupont, voorzitter van de bond, sprak dinsdag de leden toe.",
         "Hij noemde de staking \u201Cvolkomen terecht\u201D en riep op tot eenheid.", "volkomen terecht",
         "Jean-Luc Dupont", "noemde"},
        {"nl", "", "De natuurorganisatie Groenfront reageerde woensdag op het akkoord.",
         "Woordvoerder Lotte Vos noemt het akkoord \u2018een pleister op een open wond\u2019.",
         "een pleister op een open wond", "Lotte Vos", "noemt"},
        {"de", "", "Gewerkschaftschef Jan Dorn sprach am Dienstag vor den Mitgliedern.",
         "Er nannte den Streik \u201Evöllig berechtigt\u201C und rief zur Einheit auf.", "völlig berechtigt", "Jan Dorn",
         "nannte"},
    };
    check_pages(rows, QuoteKind::partial, Where::body);
}

TEST_CASE("a headline's inverted cue after its last comma reports the words before it", "[quotes][quotes95]") {
    const std::vector<PageCase> rows = {
        {"pt", "Desemprego cai pelo terceiro mês seguido e fica em 6,1%, diz IBGE",
         "O Instituto Brasileiro de Geografia e Estatística (IBGE) divulgou os dados nesta sexta-feira.",
         "A queda foi puxada pelo comércio e pelos serviços.", "Desemprego cai pelo terceiro mês seguido e fica em 6,1%",
         "Instituto Brasileiro de Geografia e Estatística", "diz"}, // (the body's longest form of "IBGE")
        {"en", "Schools will reopen on Monday after the storm, Harlow says",
         "Education secretary Dana Harlow spoke to reporters on Friday morning.",
         "Most buildings suffered only minor damage.", "Schools will reopen on Monday after the storm", "Dana Harlow",
         "says"},
        {"es", "El paro baja por tercer mes consecutivo, dice el INE",
         "El Instituto Nacional de Estadística publicó el viernes los datos de noviembre.",
         "El descenso se concentra en el sector servicios.", "El paro baja por tercer mes consecutivo", "INE", "dice"},
        {"de", "Die Inflation sinkt im November deutlich, sagt Bundesbank-Präsident Nagel",
         "Bundesbank-Präsident Joachim Nagel sagte am Freitag, die Lage bleibe ernst.",
         "Vor allem Energie wurde billiger.", "Die Inflation sinkt im November deutlich", "Joachim Nagel", "sagt"},
        // (in German a noun after its article is no body's name: "der Papst" is a description)
        {"de", "Eltern sollen ihre Kinder mehr unterstützen, sagt der Bischof",
         "Der Bischof von Limburg hat am Sonntag gepredigt.", "Viele Gläubige kamen.",
         "Eltern sollen ihre Kinder mehr unterstützen", "", "sagt"},
        {"en", "Prices will keep rising through the winter, energy regulator warns",
         "The regulator published its outlook on Thursday.", "Households face higher bills.",
         "Prices will keep rising through the winter", "", "warns"},
    };
    check_pages(rows, QuoteKind::indirect, Where::headline);
}

TEST_CASE("a headline whose last comma leads to no inverted cue reports nothing", "[quotes][quotes95]") {
    const std::vector<PageCase> rows = {
        // (a clause's subject, "as investors": no subject of an inverted cue)
        {"en", "Stocks fall sharply in early trading, as investors say goodbye to cheap money",
         "Markets opened lower on Monday.", "Bond yields rose.", "", "", ""},
        // (too few words before the comma to be someone's sentence)
        {"en", "In Paris, Macron says", "The president spoke on Monday.", "He left for Berlin.", "", "", ""},
        // (the cue is no inverted one: it opens a clause of its own)
        {"fr", "Le gouvernement recule, la ministre dit non aux syndicats et reporte la réforme",
         "La ministre a parlé lundi.", "Les syndicats ont réagi.", "", "", ""},
        // (no comma)
        {"pt", "IBGE diz que desemprego cai pelo terceiro mês", "O instituto divulgou os dados.", "A queda continua.",
         "", "", ""},
    };
    for (const PageCase& r : rows) {
        INFO(r.headline);
        for (const Quote& q : quotes_of(r))
            CHECK(q.where != Where::headline);
    }
}

TEST_CASE("a topic label's colon before a headline's quote leaves the cue after it its own", "[quotes][quotes95]") {
    struct Row {
        const char* lang;
        const char* headline;
        const char* intro;
        const char* text;
        const char* cue;
        const char* mention;
    };
    const std::vector<Row> rows = {
        {"en", "Budget: \u201CWe will not raise taxes\u201D, says chancellor",
         "Chancellor Rachel Moore presented the budget on Wednesday. \"We will not raise taxes,\" Moore said.",
         "We will not raise taxes", "says", "chancellor"},
        {"fr", "Retraites : « Nous irons jusqu’au bout », promet la ministre",
         "La ministre Hélène Marchand a défendu mardi le texte. « Nous irons jusqu’au bout », a-t-elle dit.",
         "Nous irons jusqu’au bout", "promet", "la ministre"},
        {"es", "Presupuestos: «No subiremos los impuestos», promete la ministra",
         "La ministra Elena Soto presentó el miércoles las cuentas. «No subiremos los impuestos», dijo Soto.",
         "No subiremos los impuestos", "promete", "la ministra"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const auto qs = extract_quotes(quote_rows::page(r.lang, r.headline, {r.intro, "The vote is next week."}));
        const Quote* q = quote_checks::checked_quote(qs, r.text, QuoteKind::direct);
        if (q == nullptr)
            continue;
        CHECK(q->where == Where::headline);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->mention.value_or("") == r.mention);
    }
    // (a speaker's name before the colon: the cue after it is in the words summed up, not the headline's own)
    const auto qs = extract_quotes(quote_rows::page(
        "en", "Ann Roe: Rivals Asking the Board to Delay Are \u2018Playing Games With Jobs\u2019",
        {"Council leader Ann Roe said rivals were \u201Cplaying games with jobs\u201D.", "The vote is next week."}));
    const Quote* q = find_quote(qs, "Playing Games With Jobs");
    REQUIRE(q);
    CHECK_FALSE(q->cue);
}

TEST_CASE("a cue right after the closing mark, with no comma, ends a quoted sentence", "[quotes][quotes95]") {
    const std::vector<PageCase> rows = {
        {"it", "", "Il sindaco Luca Ferrari ha visitato il cantiere.",
         "\u00ABIl ponte riaprirà a marzo senza ritardi\u00BB ha detto l’ingegnere capo Paola Riva.",
         "Il ponte riaprirà a marzo senza ritardi", "Paola Riva", "ha detto"},
        {"es", "", "El alcalde Luis Ferrer visitó las obras.",
         "\u00ABEl puente abrirá en marzo sin retrasos\u00BB aseguró la ingeniera Paula Ríos.",
         "El puente abrirá en marzo sin retrasos", "Paula Ríos", "aseguró"},
        {"en", "", "Mayor Luis Ferrer visited the site on Monday.",
         "\u201CThe bridge will reopen in March\u201D said chief engineer Paula Ross.", "The bridge will reopen in March",
         "Paula Ross", "said"},
    };
    check_pages(rows, QuoteKind::direct, Where::body);
    // The second half of a quote interrupted by such an attribution, in lower case, goes on as the first's words.
    const std::vector<PageCase> halves = {
        {"it", "", "Il sindaco Luca Ferrari ha visitato il cantiere.",
         "\u00ABLa sicurezza viene prima di tutto\u00BB ha spiegato l’ingegnere capo Paola Riva \u00ABe ogni verifica "
         "richiede settimane\u00BB.",
         "La sicurezza viene prima di tutto e ogni verifica richiede settimane", "Paola Riva", "ha spiegato"},
        {"es", "", "El alcalde Luis Ferrer visitó las obras.",
         "\u00ABLa seguridad es lo primero\u00BB explicó la ingeniera Paula Ríos \u00Aby cada revisión lleva "
         "semanas\u00BB.",
         "La seguridad es lo primero y cada revisión lleva semanas", "Paula Ríos", "explicó"},
    };
    check_pages(halves, QuoteKind::direct, Where::body);
    // (a title of a word or two opening the sentence is its subject: still the writer's sentence)
    const auto qs = extract_quotes(quote_rows::page(
        "it", "", {"Il regista Marco Bellini presenta il film.", "\u00ABGomorra\u00BB racconta la storia di Napoli."}));
    const Quote* q = find_quote(qs, "Gomorra");
    CHECK((q == nullptr || q->kind == QuoteKind::partial));
}

TEST_CASE("a dateline before a quote opening on spaced guillemets opens the quote's sentence", "[quotes][quotes95]") {
    // French print sets a space (often a no-break one) inside « »: the dateline is read, and the quote after it is
    // a sentence of its own, as with unspaced marks or other languages' marks.
    const std::vector<PageCase> rows = {
        {"fr", "", "Les urgences de l’hôpital fermeront la nuit à partir de janvier.",
         "VIERZON – « Nous avons tenu aussi longtemps que possible », explique l’infirmière Sophie Garnier.",
         "Nous avons tenu aussi longtemps que possible", "Sophie Garnier", "explique"},
        {"fr", "", "Les urgences de l’hôpital fermeront la nuit à partir de janvier.",
         "VIERZON – «\u00A0Nous avons tenu aussi longtemps que possible\u00A0», explique l’infirmière Sophie Garnier.",
         "Nous avons tenu aussi longtemps que possible", "Sophie Garnier", "explique"},
        {"es", "", "Las urgencias del hospital cerrarán por la noche desde enero.",
         "SORIA – «Hemos aguantado todo lo que hemos podido», explica la enfermera Sofía Gil.",
         "Hemos aguantado todo lo que hemos podido", "Sofía Gil", "explica"},
    };
    check_pages(rows, QuoteKind::direct, Where::body);
    const auto tag = dateline_tag("VIERZON – « Nous avons tenu aussi longtemps que possible », explique-t-elle.");
    REQUIRE(tag);
    CHECK(tag->place == "VIERZON");
}
