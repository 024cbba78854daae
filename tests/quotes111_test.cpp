// Quotes left by probe102 (kind E): an interview's answers labelled "A:", "R :", "Antwort:" under a headline that names
// the interviewee after its colon or among its words ("Q&A: Novelist Harriet Quell on ...").
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct HeadlineRow {
    const char* lang;
    const char* headline;
    std::vector<std::string> paragraphs;
    const char* text;    // an answer's words
    const char* speaker; // its speaker ("" for none)
};

std::vector<Quote> headline_page(const HeadlineRow& r) {
    return extract_quotes(quote_rows::page(r.lang, r.headline, r.paragraphs));
}

} // namespace

TEST_CASE("answers labelled as answers are the interviewee's, the one person the headline names",
          "[quotes][turns][quotes111]") {
    const std::vector<HeadlineRow> rows = {
        {"en",
         "Q&A: Novelist Harriet Quell on writing the river that raised her",
         {"Harriet Quell's fourth novel arrives this week. We spoke by phone from her home.",
          "Q: The river is almost a character in this book. Where did that come from?",
          "A: I grew up two streets from the water. My grandfather ran a ferry until the bridge came.",
          "Q: You write everything by hand first. Why?",
          "A: It slows me down. With a pen, every sentence costs something."},
         "It slows me down. With a pen, every sentence costs something.",
         "Harriet Quell"},
        {"de",
         "Interview: Wie Fährfrau Tilde Marquardt den langen Winter am Grauensee erlebt",
         {"Tilde Marquardt fährt seit zwanzig Jahren über den See.", "F: Wann fährt die Fähre wieder?",
          "A: Sobald der Eisbrecher die Rinne offen hält. Das dauert noch.", "F: Und die Pendler?",
          "A: Die fahren mit dem Bus um den See. Das kostet eine Stunde mehr."},
         "Die fahren mit dem Bus um den See. Das kostet eine Stunde mehr.",
         "Tilde Marquardt"},
        {"fr",
         "Entretien : la glaciologue Odile Ferrand raconte la fonte du glacier de Vernaz",
         {"Odile Ferrand mesure le glacier depuis 2009.", "Q : Qu'avez-vous trouvé cet été ?",
          "R : La plus grande perte depuis le début des mesures. C'est énorme.", "Q : Quatre mètres, c'est beaucoup ?",
          "R : C'est énorme. Avant, nous perdions un mètre par an."},
         "C'est énorme. Avant, nous perdions un mètre par an.",
         "Odile Ferrand"},
        {"it",
         "Intervista: la guardiana Lucia Bernasconi e il faro di Punta Stella",
         {"Lucia Bernasconi vive al faro da dodici anni.", "D: Da quanto tempo custodisce il faro?",
          "R: Da dodici anni. Prima lo custodiva mio padre.", "D: Lo automatizzeranno?",
          "R: L'anno prossimo, dicono. Ci crederò quando arriva il furgone."},
         "L'anno prossimo, dicono. Ci crederò quando arriva il furgone.",
         "Lucia Bernasconi"},
        // near misses: a headline naming two people the page prints names no interviewee
        {"en",
         "Q&A: Harriet Quell and Tobias Wren on the river",
         {"Harriet Quell and Tobias Wren wrote the book together.", "Q: Where did that come from?",
          "A: We grew up two streets from the water. The river was the first story we heard.",
          "Q: Why by hand?", "A: It slows us down. With a pen, every sentence costs something."},
         "It slows us down. With a pen, every sentence costs something.",
         ""},
        // ... nor one whose name the page never prints again
        {"en",
         "Q&A: Novelist Harriet Quell on writing the river that raised her",
         {"Her fourth novel arrives this week.", "Q: Where did that come from?",
          "A: I grew up two streets from the water. The river was the first story I heard.", "Q: Why by hand?",
          "A: It slows me down. With a pen, every sentence costs something."},
         "It slows me down. With a pen, every sentence costs something.",
         ""},
    };
    for (const auto& r : rows) {
        INFO(r.headline);
        const auto qs = headline_page(r);
        const Quote* q = quote_checks::find_quote(qs, r.text);
        if (*r.speaker == '\0') {
            CHECK((q == nullptr || !q->speaker));
            continue;
        }
        REQUIRE(q);
        CHECK(q->speaker.value_or("") == r.speaker);
        // a question's label quotes no one
        for (const auto& other : qs)
            CHECK(other.text.find('?') == std::string::npos);
    }
}

TEST_CASE("a fact box's \"A:\" or a list's \"Q1:\" is no interview's answer", "[quotes][turns][quotes111]") {
    const std::vector<HeadlineRow> rows = {
        {"en",
         "Ferry keeper Harriet Quell counts the cost of the new bridge",
         {"Harriet Quell ran the ferry for twenty years.", "Who uses the ferry?", "A: 1,200 households",
          "How long is the crossing?", "A: 14 minutes"},
         "1,200 households",
         ""},
        {"en",
         "Ferry keeper Harriet Quell counts the cost of the new bridge",
         {"Harriet Quell ran the ferry for twenty years.", "Q1: Does the ferry run in winter?",
          "A1: Only when the ice is thin enough to break. Most years it stops in January.",
          "Q2: Who pays for the crossing?", "A2: The county pays half and the riders pay the rest of it."},
         "Only when the ice is thin enough to break. Most years it stops in January.",
         ""},
        {"de",
         "Fährfrau Tilde Marquardt zählt die Kosten der neuen Brücke",
         {"Tilde Marquardt fährt seit zwanzig Jahren über den See.", "Wer nutzt die Fähre?", "A: 1200 Haushalte",
          "Wie lange dauert die Fahrt?", "A: 14 Minuten"},
         "1200 Haushalte",
         ""},
    };
    for (const auto& r : rows) {
        INFO(r.paragraphs[2]);
        const auto qs = headline_page(r);
        const Quote* q = quote_checks::find_quote(qs, r.text);
        CHECK((q == nullptr || !q->speaker));
    }
}

TEST_CASE("a short clause before an according phrase closing the sentence is reported",
          "[quotes][indirect][quotes111]") {
    quote_rows::check_only_quotes(
        {{"en", "Nobody was hurt, according to the fire service.", "Nobody was hurt", "according to",
          "the fire service"},
        {"en", "Hiring begins in January, according to Voltaris.", "Hiring begins in January", "according to",
         "Voltaris"},
        {"it", "Nessun ferito, secondo la Protezione civile.", "Nessun ferito", "secondo", "la Protezione civile"},
        {"pt", "O recrutamento começa em janeiro, segundo a Nortecomp.", "O recrutamento começa em janeiro", "segundo",
         "a Nortecomp"},
        {"es", "El detenido tiene 34 años, según la Policía Nacional.", "El detenido tiene 34 años", "según",
         "la Policía Nacional"},
        {"fr", "Le recrutement commence en janvier, selon Voltaris.", "Le recrutement commence en janvier", "selon",
         "Voltaris"},
        {"de", "Die Einstellungen beginnen im Januar, laut Voltaris.", "Die Einstellungen beginnen im Januar", "laut",
         "Voltaris"}},
        QuoteKind::indirect);
    // near misses: one word before the comma; the phrase opening a longer sentence; a phrase naming no source
    for (const auto* p : {"Yes, according to the mayor.", "Sì, secondo il sindaco.",
                          "Bis Ende März, laut Plan, soll die Halle stehen und die Maschinen laufen.",
                          "Work starts in May, according to our timetable.",
                          "He explains at length how the ferry budget broke - which it often does, according to "
                          "Ross."}) {
        INFO(p);
        const char* const lang = std::string(p).starts_with("Sì") ? "it" : p[0] == 'B' ? "de" : "en";
        const auto qs = extract_quotes(quote_checks::body(lang, {p}));
        CHECK(qs.empty());
    }
}

TEST_CASE("a clause after \"sagte,\" whose plural verb reads as the past is reported speech",
          "[quotes][indirect][quotes111]") {
    const std::vector<quote_rows::SpeakerRow> rows = {
        {"de",
         "Der Mieterverein ist unzufrieden. Vorsitzende Angelika Sturm sagte, viele betroffene Gemeinden fehlten "
         "noch.",
         "viele betroffene Gemeinden fehlten noch", "Angelika Sturm"},
        {"de", "Bürgermeister Paul Kessler sagte, die Kosten erhöhten sich um ein Drittel.",
         "die Kosten erhöhten sich um ein Drittel", "Paul Kessler"},
        // (the mood the rule reads is German's: Italian reports after "che" whatever its verb)
        {"it", "La presidente Angela Sturmi ha detto che mancavano ancora molti comuni.",
         "mancavano ancora molti comuni", "Angela Sturmi"},
    };
    quote_rows::check_speakers(rows);
    // near misses: an indicative present after the comma, an adjective in "-ten" before the noun, a past clause
    // after a comma that is no cue's
    for (const auto* p : {"Vorsitzende Angelika Sturm sagte, viele Gemeinden fehlen noch.",
                          "Vorsitzende Angelika Sturm sagte, die ersten Gemeinden fehlen noch.",
                          "Der Mieterverein tagte, die Gemeinden fehlten noch.",
                          "Die Wirte versuchten, vor den Gästen zu erklären, die Fähren warteten noch."}) {
        INFO(p);
        const auto qs = extract_quotes(quote_checks::body("de", {p}));
        CHECK(qs.empty());
    }
}

TEST_CASE("a capitalised word between two role nouns is the middle of a title, not the speaker's name",
          "[quotes][names][quotes111]") {
    quote_rows::check_speakers({
        {"en", "\"Every ship we own is booked until June,\" Chief Financial Officer Darius Whitcombe said.",
         "Every ship we own is booked until June", "Darius Whitcombe"},
        {"en", "\"We will not raise prices this year,\" said Chief Operating Officer Lena Marsh.",
         "We will not raise prices this year", "Lena Marsh"},
        {"de", "„Die Auftragsbücher sind voll“, sagte Chief Financial Officer Jonas Kaltenbrunn.",
         "Die Auftragsbücher sind voll", "Jonas Kaltenbrunn"},
        {"de", "„Wir bauen keine Stellen ab“, sagte Chief Operating Officer Lea Wirthmüller.",
         "Wir bauen keine Stellen ab", "Lea Wirthmüller"},
        // near misses: a title of two words; a name after one role noun, the next sentence's role after it
        {"en", "\"The fleet is ready,\" Chief Executive Moira Tennant said.", "The fleet is ready", "Moira Tennant"},
        {"en", "\"The fleet is ready,\" said Mayor Ann Lee, Governor of the province.", "The fleet is ready",
         "Ann Lee"},
    });
}

TEST_CASE("a paper's title opening on a capitalised article beside a speech verb keeps its article",
          "[quotes][names][quotes111]") {
    quote_rows::check_speakers({
        {"fr", "« C'est un pas modeste mais nécessaire », écrit Le Courrier, qui rappelle les pénuries de l'hiver.",
         "C'est un pas modeste mais nécessaire", "Le Courrier"},
        {"fr", "Plus sévère, La Gazette estime que le gouvernement « a cédé sur l'essentiel ».",
         "a cédé sur l'essentiel", "La Gazette"},
        {"de", "„Wer überall kürzt, kürzt nirgends richtig“, schreibt Die Tagespost.",
         "Wer überall kürzt, kürzt nirgends richtig", "Die Tagespost"},
        {"en", "\"Nobody cuts anywhere properly,\" writes The Sentinel.", "Nobody cuts anywhere properly",
         "The Sentinel"},
        {"it", "«Un passo modesto ma necessario», scrive La Gazzetta.", "Un passo modesto ma necessario",
         "La Gazzetta"},
    });
    // near misses: an article opening the sentence, or lower-case, is no title's; an article before two capitalised
    // words or with no speech verb beside them is read as before
    for (const auto& r : std::vector<quote_rows::SpeakerRow>{
             {"fr", "« C'est un pas modeste », écrit le Courrier.", "C'est un pas modeste", "Courrier"},
             {"de", "„Wer überall kürzt, kürzt nirgends“, schreibt die Tagespost.", "Wer überall kürzt, kürzt nirgends",
              "Tagespost"},
             {"fr", "« Une avancée à crédit », résume Le Phare de l'Aveyron.", "Une avancée à crédit",
              "Phare de l'Aveyron"},
         }) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(quote_checks::body(r.lang, {r.paragraph}));
        const Quote* q = quote_checks::find_quote(qs, r.text);
        REQUIRE(q);
        CHECK(q->speaker.value_or("") == r.speaker);
    }
}
