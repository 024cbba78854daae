// Quotes of interviews and speakers across sentences (session 40): a paper's own label over its questions, a
// headline's role and name before its colon, answers under unlabelled questions on a page called an interview, a
// partial quote inside German indirect speech whose cue's subject follows the cue, and a pronoun after a person named
// with a role opening a sentence after the last quote. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

// A page in `lang` with its head's fields, its body's paragraphs and the lines outside it.
Article head_page(const std::string& lang, const std::string& kicker, const std::string& headline,
                  const std::string& lede, std::vector<std::string> paragraphs,
                  std::vector<std::string> boilerplate = {}) {
    Article a = quote_rows::page(lang, headline, std::move(paragraphs));
    if (!kicker.empty())
        a.kicker = kicker;
    if (!lede.empty())
        a.lede = lede;
    a.boilerplate = std::move(boilerplate);
    return a;
}

} // namespace

TEST_CASE("a paper's one-word label in capitals, printed outside the body too, asks: no one's quote",
          "[quotes][quotes73]") {
    struct Row {
        const char* lang;
        const char* lede;
        std::vector<std::string> turns;
        std::vector<std::string> boilerplate;
        const char* question;
        const char* answer;
        const char* interviewee;
    };
    const Row rows[] = {
        {"de",
         "Die Ministerin Petra Hofmann will die Regeln lockern. Ein Gespräch.",
         {"BLATT: Frau Hofmann, die Bauern demonstrieren wieder. Haben Sie die Wut unterschätzt?",
          "Hofmann: Nein. Aber wir haben die Bauern zu lange allein gelassen.",
          "BLATT: Sie wollen die Verordnung lockern. Ist das nicht ein Rückschritt?",
          "Hofmann: Es ist eine Korrektur, und wir messen künftig genauer."},
         {"BLATT ONLINE", "Erschienen in BLATT Nr. 48"},
         "Sie wollen die Verordnung lockern. Ist das nicht ein Rückschritt?",
         "Es ist eine Korrektur, und wir messen künftig genauer.",
         "Petra Hofmann"},
        {"fr",
         "La ministre Claire Dubois veut assouplir les règles. Entretien.",
         {"JOURNAL: Madame Dubois, les paysans manifestent encore. Avez-vous sous-estimé la colère?",
          "Dubois: Non. Mais nous avons laissé les paysans trop longtemps seuls.",
          "JOURNAL: Vous voulez assouplir les règles. N'est-ce pas un recul?",
          "Dubois: C'est une correction, et nous mesurerons mieux à l'avenir."},
         {"© Photo Anne Roy pour JOURNAL"},
         "Vous voulez assouplir les règles. N'est-ce pas un recul?",
         "C'est une correction, et nous mesurerons mieux à l'avenir.",
         "Claire Dubois"},
        {"en",
         "The minister Clare Dunn wants to ease the rules. An interview.",
         {"HERALD: Ms Dunn, the farmers are protesting again. Did you underestimate their anger?",
          "Dunn: No. But we left the farmers alone for far too long.",
          "HERALD: You want to ease the rules. Is that not a step back?",
          "Dunn: It is a correction, and we will measure more closely."},
         {"HERALD ONLINE"},
         "You want to ease the rules. Is that not a step back?",
         "It is a correction, and we will measure more closely.",
         "Clare Dunn"},
    };
    for (const Row& r : rows) {
        INFO(r.turns.front());
        const auto qs = extract_quotes(head_page(r.lang, "", "", r.lede, r.turns, r.boilerplate));
        const Quote* asked = find_quote(qs, r.question);
        CHECK((asked == nullptr || !asked->speaker));
        CHECK(speaker_of(qs, r.answer) == r.interviewee);
    }
    // (a label printed outside the body only inside a longer word is not the paper's: "BLATTGOLD")
    const auto qs = extract_quotes(head_page("de", "", "", rows[0].lede, rows[0].turns, {"BLATTGOLD Verlag"}));
    CHECK(speaker_of(qs, rows[0].question) == "BLATT");
}

TEST_CASE("a headline's role nouns and name before its colon say its quote", "[quotes][quotes73]") {
    struct Row {
        const char* lang;
        const char* headline;
        std::vector<std::string> paragraphs;
        const char* text;
        const char* speaker;
    };
    const Row rows[] = {
        {"de",
         "Bürgermeisterin Karin Wolf: „Wir müssen die Mieten deckeln“",
         {"Die Stadt will die Mieten begrenzen. Der Gemeinderat berät am Montag über den Plan."},
         "Wir müssen die Mieten deckeln",
         "Karin Wolf"},
        {"fr",
         "Le maire Jean Roux : « Nous devons plafonner les loyers »",
         {"La ville veut limiter les loyers. Le conseil municipal en débattra lundi soir."},
         "Nous devons plafonner les loyers",
         "Jean Roux"},
        {"en",
         "Mayor Ann Lee: “We must cap the rents”",
         {"The city wants to limit rents. The council will debate the plan on Monday."},
         "We must cap the rents",
         "Ann Lee"},
        // (the body quoting someone else first: the headline's own name says its quote)
        {"de",
         "Bürgermeisterin Karin Wolf: „Wir müssen die Mieten deckeln“",
         {"„Das ist Unsinn“, sagte der Vermieter Paul Gruber am Montag. Der Gemeinderat berät den Plan."},
         "Wir müssen die Mieten deckeln",
         "Karin Wolf"},
        // (no role noun before the capitalised words: a place or a topic, no one)
        {"de",
         "Linz Mitte: „Wir müssen die Mieten deckeln“",
         {"Die Stadt will die Mieten begrenzen. Der Gemeinderat berät am Montag über den Plan."},
         "Wir müssen die Mieten deckeln",
         ""},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        CHECK(speaker_of(extract_quotes(head_page(r.lang, "", r.headline, "", r.paragraphs)), r.text) == r.speaker);
    }
}

TEST_CASE("answers under unlabelled questions on a page called an interview are the interviewee's",
          "[quotes][quotes73]") {
    struct Row {
        const char* lang;
        const char* kicker;
        const char* headline;
        const char* lede;
        std::vector<std::string> paragraphs;
        const char* answer;
        const char* interviewee;
    };
    const Row rows[] = {
        {"de",
         "Interview",
         "Bürgermeisterin Karin Wolf: „Wir müssen die Mieten deckeln“",
         "Die Bürgermeisterin über leere Wohnungen und teure Mieten.",
         {"Frau Wolf, in der Stadt stehen achttausend Wohnungen leer. Warum ist das so?",
          "Weil sich Spekulation lohnt. Wer eine Wohnung leer stehen lässt, zahlt keinen Cent Abgabe.",
          "Werden Sie im Herbst noch einmal für das Amt kandidieren?",
          "Ja. Ich bin noch lange nicht fertig mit dieser Stadt."},
         "Ja. Ich bin noch lange nicht fertig mit dieser Stadt.",
         "Karin Wolf"},
        {"fr",
         "Entretien",
         "Le maire Jean Roux : « Nous devons plafonner les loyers »",
         "Le maire parle des logements vides et des loyers trop chers.",
         {"Monsieur Roux, huit mille logements sont vides dans la ville. Pourquoi?",
          "Parce que la spéculation paie. Celui qui laisse un logement vide ne paie aucune taxe.",
          "Serez-vous candidat une nouvelle fois à l'automne prochain?",
          "Oui. Je suis loin d'avoir fini mon travail dans cette ville."},
         "Oui. Je suis loin d'avoir fini mon travail dans cette ville.",
         "Jean Roux"},
        // (the interviewee named by the standfirst, with a role)
        {"it",
         "Intervista",
         "Affitti, la città cambia le regole",
         "La sindaca Laura Bianchi parla delle case vuote e degli affitti troppo cari.",
         {"Sindaca, in città ci sono ottomila case vuote. Perché succede?",
          "Perché la speculazione conviene. Chi lascia una casa vuota non paga nessuna tassa.",
          "Si candiderà di nuovo il prossimo autunno?",
          "Sì. Non ho ancora finito il mio lavoro in questa città."},
         "Sì. Non ho ancora finito il mio lavoro in questa città.",
         "Laura Bianchi"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const auto qs = extract_quotes(head_page(r.lang, r.kicker, r.headline, r.lede, r.paragraphs));
        const Quote* q = find_quote(qs, r.answer);
        REQUIRE(q != nullptr);
        CHECK(q->kind == QuoteKind::direct);
        CHECK(q->speaker.value_or("") == r.interviewee);
        CHECK_FALSE(q->mention.has_value());
        // (the questions are no one's quotes)
        CHECK(find_quote(qs, r.paragraphs[2]) == nullptr);
        // Without the kicker the page is no interview: its questions are the writer's, the answers no quotes.
        INFO("no kicker");
        const auto none = extract_quotes(head_page(r.lang, "", r.headline, r.lede, r.paragraphs));
        CHECK(find_quote(none, r.answer) == nullptr);
    }
    // (one question over the writer's paragraph, on a page called an interview, is rhetorical: no answer)
    const auto qs = extract_quotes(head_page(
        "de", "Interview", "Bürgermeisterin Karin Wolf: „Wir müssen die Mieten deckeln“", "",
        {"Wer soll das alles bezahlen?", "Die Stadt hat im Haushalt für das nächste Jahr keine Reserve mehr vorgesehen.",
         "Der Gemeinderat berät am Montag über den Plan der Bürgermeisterin."}));
    CHECK(find_quote(qs, "Die Stadt hat im Haushalt für das nächste Jahr keine Reserve mehr vorgesehen.") == nullptr);
}

TEST_CASE("a partial quote in German indirect speech: the cue's subject follows the cue after the writer's clause",
          "[quotes][quotes73]") {
    check_cues({
        {"de",
         {"Nato-Generalsekretär Erik Sundberg hat der Ukraine weitere Hilfe zugesagt. Die Allianz werde „so lange wie "
          "nötig“ an der Seite Kiews stehen, sagte Sundberg in Brüssel."},
         "so lange wie nötig",
         "sagte",
         "Erik Sundberg",
         "Sundberg"},
        {"de",
         {"Die Ministerin Anna Roth hat den Bauern Hilfe versprochen. Das Land werde die Betriebe „mit aller Kraft“ in "
          "der Krise unterstützen, erklärte die Ministerin am Montag."},
         "mit aller Kraft",
         "erklärte",
         "Anna Roth"},
    });
    // (the words after the cue name no one, "schrieb Fernsehgeschichte", "weist auf die Mängel hin": no speaker)
    for (const char* p : {"Der Zeichner, der sich nach dem Wort „Pirol“ für den Vogel aus dem Wappen benannte, schrieb "
                          "Fernsehgeschichte.",
                          "Die Broschüre „Klartext“, an der auch der Verlag mitgearbeitet hat, weist auf die Mängel "
                          "hin."}) {
        INFO(p);
        for (const Quote& q : extract_quotes(body("de", {p})))
            CHECK_FALSE(q.speaker.has_value());
    }
}

TEST_CASE("a pronoun after a person named with a role opening a sentence since the last quote is that person's",
          "[quotes][quotes73]") {
    for (const auto& r : std::vector<quote_rows::PageRow>{
             {"de",
              {"„Die Basis hat ein Recht darauf, gefragt zu werden“, sagte der Bezirkschef Stefan Maier der Zeitung. "
               "Generalsekretär Martin Huber lehnt das ab. Eine Urwahl spalte die Partei, sagte er am Montag."},
              "Eine Urwahl spalte die Partei",
              "Martin Huber"},
             {"fr",
              {"« La base a le droit d'être consultée », a déclaré le président régional Paul Roux au journal. Le "
               "secrétaire général Martin Huber s'y oppose. Une primaire diviserait le parti, a-t-il dit lundi."},
              "Une primaire diviserait le parti",
              "Martin Huber"},
             {"en",
              {"“The members have a right to be asked,” said the regional chairman Paul Roux. The general secretary "
               "Martin Huber rejects that. A primary would split the party, he said on Monday."},
              "A primary would split the party",
              "Martin Huber"},
             // (a person named inside another's sentence, after a verb, is no new subject: the speaker goes on)
             {"en",
              {"“The members have a right to be asked,” said Mayor Tom Roe. He praised Governor Paul Hale for his "
               "help. He said the plan would go ahead in May."},
              "the plan would go ahead in May",
              "Tom Roe"},
             {"de",
              {"„Die Basis hat ein Recht darauf, gefragt zu werden“, sagte der Bezirkschef Stefan Maier der Zeitung. Er "
               "lobte den Generalsekretär Martin Huber für seine Arbeit. Eine Urwahl sei trotzdem nötig, sagte er am "
               "Montag."},
              "Eine Urwahl sei trotzdem nötig",
              "Stefan Maier"},
         })
        quote_rows::check_quote(r);
}
