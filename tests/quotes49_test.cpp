// Quotes missed or false, and speakers carried too far (probe4 kinds 2d, 2e, 4b-4f): elisions that are no closing
// mark, correction notes, subjectless cues of pro-drop languages, Polish question verbs and oblique pronouns, a
// parenthetical after the subject, an interviewer's question, a denying headline's scare quote.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quotes.hpp"
#include "test_pages.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("an elision after a space closes no single quote", "[quotes][marks][quotes49]") {
    struct Row {
        const char* text;
        std::vector<std::string> quotes;
    };
    const Row rows[] = {
        {"‘We stonden om vier uur ’s ochtends al op de dijk. Niemand sliep.’ Zo begon het.",
         {"We stonden om vier uur ’s ochtends al op de dijk. Niemand sliep."}},
        {"Ze zei: ‘Dan wordt ’t een lange winter voor de boeren.’", {"Dan wordt ’t een lange winter voor de boeren."}},
        {"‘The band played rock ’n’ roll all night,’ she said.", {"The band played rock ’n’ roll all night,"}},
        {"‘It felt like the ’80s again,’ he said of the fair.", {"It felt like the ’80s again,"}},
        // a closing mark after a word still closes, and an apostrophe inside a word stays one
        {"‘Het is ’s avonds koud’, zegt hij, ‘maar zo’n nacht vergeet je niet.’",
         {"Het is ’s avonds koud", "maar zo’n nacht vergeet je niet."}},
        {"She called it ‘a disgrace’ and left.", {"a disgrace"}},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(quoted(r.text) == r.quotes);
    }
}

TEST_CASE("a subjectless cue opening the sentence reports the last speaker's words", "[quotes][carried][quotes49]") {
    check_cues({
        {"es",
         {"«Vamos a reabrir el mercado en marzo», dijo la alcaldesa Lucía Ferreyra.",
          "Agregó que la obra costará unos dos millones de soles."},
         "la obra costará unos dos millones de soles", "Agregó", "Lucía Ferreyra"},
        {"it",
         {"«Il ponte riaprirà a maggio», ha detto il sindaco Carlo Brenni.",
          "Ha assicurato che i lavori notturni finiranno entro la fine del mese."},
         "i lavori notturni finiranno entro la fine del mese", "Ha assicurato", "Carlo Brenni"},
        {"pt",
         {"«A escola reabre em setembro», disse a vereadora Inês Maldonado.",
          "Acrescentou que as obras vão custar cerca de um milhão de euros."},
         "as obras vão custar cerca de um milhão de euros", "Acrescentou", "Inês Maldonado"},
        {"pl",
         {"„Nie zamkniemy szkoły” – powiedział burmistrz Tomasz Wierzbicki.",
          "Dodał, że remont budynku potrwa co najmniej do końca wakacji."},
         "remont budynku potrwa co najmniej do końca wakacji", "Dodał", "Tomasz Wierzbicki"},
        {"pl",
         {"„Nie zamkniemy szkoły” – powiedział burmistrz Tomasz Wierzbicki.",
          "Zapewnił jednak, że uczniowie nie stracą ani jednego dnia nauki."},
         "uczniowie nie stracą ani jednego dnia nauki", "Zapewnił", "Tomasz Wierzbicki"},
    });
    // a plural verb carries no single speaker over
    struct Plural {
        const char* lang;
        std::vector<std::string> paragraphs;
        const char* text;
    };
    const Plural plural[] = {
        {"es",
         {"«Vamos a reabrir el mercado en marzo», dijo la alcaldesa Lucía Ferreyra.",
          "Indicaron que los trabajos terminarán antes del verano."},
         "los trabajos terminarán antes del verano"},
        {"pt",
         {"«A escola reabre em setembro», disse a vereadora Inês Maldonado.",
          "Afirmaram que as obras vão terminar antes do verão."},
         "as obras vão terminar antes do verão"},
        {"pl",
         {"„Nie zamkniemy szkoły” – powiedział burmistrz Tomasz Wierzbicki.",
          "Dodali, że remont budynku potrwa co najmniej do końca wakacji."},
         "remont budynku potrwa co najmniej do końca wakacji"},
    };
    for (const auto& r : plural) {
        INFO(r.paragraphs.back());
        const auto qs = extract_quotes(body(r.lang, r.paragraphs));
        REQUIRE(qs.size() >= 1);
        const Quote* q = find_quote(qs, r.text);
        CHECK((q == nullptr || !q->speaker));
    }
}

TEST_CASE("Polish question verbs are cues and an oblique pronoun after według is the last speaker",
          "[quotes][pl][quotes49]") {
    check_cues({
        {"pl", {"„Kto za to zapłaci?” – pyta mieszkanka Anna Lis."}, "Kto za to zapłaci?", "pyta", "Anna Lis"},
        {"pl", {"„A co z dziećmi z okolicznych wsi?” – zapytał radny Piotr Sowa."}, "A co z dziećmi z okolicznych wsi?",
         "zapytał", "Piotr Sowa"},
    });
    for (const auto& [text, paragraphs, speaker] : std::vector<std::tuple<std::string, std::vector<std::string>, std::string>>{
             {"remont potrwa do końca sierpnia",
              {"„Szkoła zostanie otwarta we wrześniu” – powiedziała dyrektorka Ewa Malinowska.",
               "Według niej remont potrwa do końca sierpnia."},
              "Ewa Malinowska"},
             {"most zostanie otwarty jeszcze przed zimą",
              {"„Nie zabraknie pieniędzy” – powiedział wojewoda Jan Kowalczyk.",
               "Według niego most zostanie otwarty jeszcze przed zimą."},
              "Jan Kowalczyk"},
         }) {
        INFO(paragraphs.back());
        const auto qs = extract_quotes(body("pl", paragraphs));
        const Quote* q = find_quote(qs, text);
        REQUIRE(q);
        CHECK(q->speaker.value_or("") == speaker);
    }
}

TEST_CASE("a subjectless cue after another person is named carries no speaker", "[quotes][carried][quotes49]") {
    check_cues({
        {"es",
         {"«Vamos a reabrir el mercado en marzo», dijo la alcaldesa Lucía Ferreyra.",
          "El plan fue presentado luego por el ingeniero Julio Campana Rivas ante el concejo. Sobre el costo, explicó "
          "que la obra costará unos dos millones de soles."},
         "la obra costará unos dos millones de soles", "explicó", ""},
        {"it",
         {"«Il ponte riaprirà a maggio», ha detto il sindaco Carlo Brenni.",
          "Il progetto è stato illustrato dall'ingegnere Marta Colombo Ferri in consiglio. Ha assicurato che i lavori "
          "notturni finiranno entro la fine del mese."},
         "i lavori notturni finiranno entro la fine del mese", "Ha assicurato", ""},
    });
}

TEST_CASE("a correction note reports no one's speech", "[quotes][indirect][quotes49]") {
    const std::vector<std::pair<const char*, const char*>> notes = {
        {"en",
         "Editor's correction. An earlier version of this piece stated that the new bridge would cost 40 million pounds."},
        {"en", "A previous version of this story said the council had approved the plan in March."},
        {"fr", "Rectificatif : une version précédente de cet article indiquait que le chantier durerait deux ans."},
        {"de", "Korrektur: Eine frühere Version dieses Artikels besagte, dass die Brücke im Mai eröffnet werde."},
        {"es", "Fe de erratas: una versión anterior de este artículo afirmaba que la obra costaría dos millones."},
        {"it", "Rettifica: una versione precedente di questo articolo affermava che il ponte sarebbe costato di più."},
        {"pt", "Correção: uma versão anterior deste artigo afirmava que a obra custaria dois milhões de euros."},
    };
    for (const auto& [lang, note] : notes) {
        INFO(note);
        CHECK(extract_quotes(body(lang, {note})).empty());
    }
    // a version named otherwise stays in reported speech
    const OneQuoteRow said[] = {
        {"en", "Mayor Ann Roe said that the final version of the plan would be ready in May.",
         "the final version of the plan would be ready in May", "Ann Roe"},
    };
    check_indirect(said);
}

TEST_CASE("a parenthetical between the subject and its cue hides neither", "[quotes][subjects][quotes49]") {
    check_cues({
        {"pt", {"A vereadora da cultura, por seu lado, garantiu que \"nenhuma decisão está tomada\" sobre o teatro."},
         "nenhuma decisão está tomada", "garantiu", "", "A vereadora da cultura"},
        {"en", {"The transport minister, for his part, said that \"no decision has been taken\" on the bridge."},
         "no decision has been taken", "said", "", "The transport minister"},
        {"fr", {"Le ministre des Transports, pour sa part, a assuré que « rien n'est décidé » pour le moment."},
         "rien n'est décidé", "a assuré", "", "Le ministre des Transports"},
        {"es", {"La ministra de Transportes, por su parte, aseguró que la decisión todavía no está tomada."},
         "la decisión todavía no está tomada", "aseguró", "", "La ministra de Transportes"},
        {"it", {"Il ministro dei Trasporti, dal canto suo, ha assicurato che la decisione non è ancora presa."},
         "la decisione non è ancora presa", "ha assicurato", "", "Il ministro dei Trasporti"},
        {"de", {"Der Verkehrsminister, seinerseits, sagte, die Entscheidung über das Projekt sei noch nicht gefallen."},
         "die Entscheidung über das Projekt sei noch nicht gefallen", "sagte", "", "Der Verkehrsminister"},
        // a name before the parenthetical: the mention is the name, without the parenthetical
        {"en", {"Transport minister Tom Vale, however, said that the bridge would not reopen before the spring."},
         "the bridge would not reopen before the spring", "said", "Tom Vale", "Transport minister Tom Vale"},
    });
    // after a clause with its own verb the comma closes reported words: "however" is no parenthetical of a subject
    check_cues({
        {"en", {"The bridge will reopen in the spring, however, said the transport minister, Tom Vale."},
         "The bridge will reopen in the spring, however", "said", "Tom Vale", nullptr, true},
    });
}

TEST_CASE("a denying or fact-check headline quotes the claim, no one's words", "[quotes][headline][quotes49]") {
    struct Row {
        const char* lang;
        const char* kicker; // "" for none
        const char* headline;
        const char* text;
    };
    const Row rows[] = {
        {"fr", "", "Non, l'eau du robinet de Saint-Aubin n'est pas « contaminée au plomb »", "contaminée au plomb"},
        {"en", "", "No, the council did not call the new bypass \"a complete waste of money\"",
         "a complete waste of money"},
        {"de", "", "Nein, das Leitungswasser in Hallerstadt ist nicht „mit Blei verseucht“", "mit Blei verseucht"},
        {"es", "", "Falso: el alcalde no dijo que «el agua está envenenada»", "el agua está envenenada"},
        {"fr", "Vérification", "L'eau de Saint-Aubin n'est pas « contaminée au plomb »", "contaminée au plomb"},
        {"es", "Verificador", "El agua de Miraflores no está «contaminada con plomo»", "contaminada con plomo"},
    };
    for (const auto& r : rows) {
        INFO(r.headline);
        Article a = quote_rows::page(r.lang, r.headline,
                                     {"Les analyses du laboratoire sont claires, a déclaré l'ingénieure Hélène Roux.",
                                      "« Rien ne permet de parler de pollution », a déclaré Hélène Roux mardi."});
        if (*r.kicker != 0)
            a.kicker = r.kicker;
        const auto qs = extract_quotes(a);
        REQUIRE(!qs.empty());
        CHECK(qs[0].where == Where::headline);
        CHECK(qs[0].text == r.text);
        CHECK(qs[0].kind == QuoteKind::partial);
        CHECK(!qs[0].speaker);
    }
    // a headline that denies nothing keeps the body's first speaker
    Article a = quote_rows::page("fr", "L'ingénieure juge l'eau « parfaitement potable » à Saint-Aubin",
                                 {"« Rien ne permet de parler de pollution », a déclaré l'ingénieure Hélène Roux mardi."});
    const auto qs = extract_quotes(a);
    REQUIRE(!qs.empty());
    CHECK(qs[0].speaker.value_or("") == "Hélène Roux");
}

TEST_CASE("an interviewer's question hands the next uncued quote to the interviewee", "[quotes][uncued][quotes49]") {
    quote_rows::check_quotes({
        {"nl",
         {"Burgemeester Anja Peeters ontvangt ons in het gemeentehuis.",
          "‘We bouwen de dijk hoger dan ooit tevoren in deze gemeente.’",
          "‘Dit is weggegooid geld’, zegt gemeenteraadslid Tom Claes.", "Wat antwoordt u daarop?",
          "‘Dat hij de cijfers niet goed heeft gelezen voor de gemeenteraad.’"},
         "Dat hij de cijfers niet goed heeft gelezen voor de gemeenteraad.", "Anja Peeters"},
        {"en",
         {"Mayor Ann Roe meets us at the town hall on a wet Monday morning.",
          "“We will build the wall higher than ever before in this town.”",
          "“It is money thrown into the river,” said councillor Tom Vale.", "What do you say to that?",
          "“That he has not read the figures we sent to the council.”"},
         "That he has not read the figures we sent to the council.", "Ann Roe"},
        {"fr",
         {"La maire Claire Morel nous reçoit à la mairie un lundi pluvieux.",
          "« Nous allons construire la digue plus haut que jamais dans cette commune. »",
          "« C'est de l'argent jeté à la rivière », a déclaré le conseiller Paul Girard.", "Qu'en pensez-vous ?",
          "« Qu'il n'a pas lu les chiffres que nous avons envoyés au conseil. »"},
         "Qu'il n'a pas lu les chiffres que nous avons envoyés au conseil.", "Claire Morel"},
        {"de",
         {"Bürgermeisterin Anna Keller empfängt uns an einem nassen Montag im Rathaus.",
          "„Wir bauen den Deich höher als je zuvor in dieser Gemeinde.“",
          "„Das ist zum Fenster hinausgeworfenes Geld“, sagte Gemeinderat Paul Roth.", "Was sagen Sie dazu?",
          "„Dass er die Zahlen nicht gelesen hat, die wir dem Rat geschickt haben.“"},
         "Dass er die Zahlen nicht gelesen hat, die wir dem Rat geschickt haben.", "Anna Keller"},
    });
    // a question heading the section of the answer
    Article a = quote_rows::page("en", "", {"Mayor Ann Roe meets us at the town hall on a wet Monday morning.",
                                            "“We will build the wall higher than ever before in this town.”",
                                            "“It is money thrown into the river,” said councillor Tom Vale."});
    a.sections.push_back(Section{"And how was that night?", {"“Quiet. Nobody in the street said a word to anyone.”"}});
    const auto qs = extract_quotes(a);
    const Quote* q = find_quote(qs, "Quiet. Nobody in the street said a word to anyone.");
    REQUIRE(q);
    CHECK(q->speaker.value_or("") == "Ann Roe");
}

TEST_CASE("a few quoted words glued between paragraphs of a page without blank lines head a section",
          "[classify][heading][quotes49]") {
    archive::test::check_heading_rows({
        {"en", R"(Ferry fares to rise as the harbour board looks for savings
The harbour board will raise the fare of the crossing by a third in April, the board's chairman said on Monday.
He said the board had no other way to keep the night crossing running through the winter months.
'It will empty the island'
Islanders were quick to criticise the plan, and a petition against it has gathered two thousand names in a week.
The board will meet the island's council in March to hear its objections before the new fares are settled.
)",
         {"'It will empty the island'"}},
        {"de", R"(Fährpreise steigen, weil die Hafenbehörde sparen muss
Die Hafenbehörde wird den Preis der Überfahrt im April um ein Drittel erhöhen, sagte ihr Vorsitzender am Montag.
Es gebe keinen anderen Weg, die Nachtfähre auch in den Wintermonaten fahren zu lassen, sagte er weiter.
„Das leert die ganze Insel“
Die Inselbewohner kritisierten den Plan sofort, und eine Petition dagegen hat in einer Woche zweitausend Namen.
Die Behörde trifft den Gemeinderat der Insel im März, um seine Einwände zu hören, bevor die Preise feststehen.
)",
         {"„Das leert die ganze Insel“"}},
    });
}
