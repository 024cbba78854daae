// Quotes left by the last sessions and by the quotes53 probe (pages in it, es, pt, nl, pl, de): names whose surname is
// an initial, bodies named with the place they govern, imperatives of readers' comments.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

TEST_CASE("a given name and a surname's initial with its dot name a person", "[quotes][names][quotes53]") {
    quote_rows::check_quotes({
        {"fr",
         {"Un accident a eu lieu mardi soir près du collège, sur la route du lac.",
          "« J'ai eu peur », raconte Kévin L., 17 ans."},
         "J'ai eu peur",
         "Kévin L.",
         "Kévin L."},
        {"fr",
         {"« J'ai eu très peur pour lui », raconte Anna M."},
         "J'ai eu très peur pour lui",
         "Anna M.",
         "Anna M."},
        {"it",
         {"La titolare della ferramenta, Serena B., 58 anni, ha parlato con i cronisti davanti al negozio.",
          "«Ci state lasciando soli», ha detto lei."},
         "Ci state lasciando soli",
         "Serena B.",
         "lei"},
        {"es",
         {"Un joven marinero, Iván P., de 24 años, piensa emigrar a Noruega.", "«Aquí ya no hay futuro», afirmó él."},
         "Aquí ya no hay futuro",
         "Iván P.",
         "él"},
        {"de",
         {"Der Bademeister Jörg K. sieht es gelassener: „Lieber ein halbes Jahr zu als ein Unfall“, meinte er."},
         "Lieber ein halbes Jahr zu als ein Unfall",
         "Jörg K.",
         "er"},
        {"nl",
         {"Bas J. (41), die een bakkerij aan de dijk heeft, is boos.", "'Niemand heeft ons iets gevraagd', zei hij."},
         "Niemand heeft ons iets gevraagd",
         "Bas J.",
         "hij"},
        {"pt",
         {"Uma enfermeira do serviço, Sofia R., 34 anos, falou aos jornalistas à porta do hospital.",
          "“Estamos cansados”, disse ela."},
         "Estamos cansados",
         "Sofia R.",
         "ela"},
    });
}

TEST_CASE("a thing's letter closing a sentence is no surname's initial", "[quotes][names][quotes53]") {
    // (the dot ends the sentence: a capital opens the next, or an article stands before the word; no person "Plan B."
    // for the pronoun after it)
    quote_rows::check_quotes({
        {"de",
         {"Die Stadt hat für den Winter keinen Plan B. Der Gemeinderat tagt erst im Januar.",
          "„Wir warten auf das Gutachten“, sagte er."},
         "Wir warten auf das Gutachten",
         ""},
        {"en",
         {"The council has no Plan B.", "\"We are waiting for the survey,\" he said."},
         "We are waiting for the survey",
         ""},
        {"en",
         {"The trial gave the patients Vitamin D. Most of them slept better.",
          "\"It helped more than we expected,\" she said."},
         "It helped more than we expected",
         ""},
    });
}

TEST_CASE("the kind of place a lower-case body governs is part of its name", "[quotes][bodies][quotes53]") {
    quote_rows::check_quotes({
        {"en",
         {"The parish council of Low Fenwick said that the footpath would reopen in the spring."},
         "the footpath would reopen in the spring",
         "parish council of Low Fenwick",
         "The parish council of Low Fenwick"},
        {"en",
         {"\"We cannot fund the pool beyond March,\" the county board of Ashgrove said in a statement."},
         "We cannot fund the pool beyond March",
         "county board of Ashgrove"},
        // (the Romance body's adjective after its noun, as before)
        {"fr",
         {"Le conseil municipal de Val-Brûlé a annoncé mardi qu'il reporterait les travaux du quai."},
         "il reporterait les travaux du quai",
         "conseil municipal de Val-Brûlé"},
        {"it",
         {"Il consiglio comunale di Ponte Vedro ha annunciato che la piscina resterà chiusa fino a marzo."},
         "la piscina resterà chiusa fino a marzo",
         "consiglio comunale di Ponte Vedro"},
        // (an adjective of no place's kind stays out: "the new council of")
        {"en",
         {"The new council of Marlow Cross said that the ferry would not run before April."},
         "the ferry would not run before April",
         "council of Marlow Cross"},
    });
}

TEST_CASE("an author's inverted name in a list of references is no initial's name", "[quotes][names][quotes53]") {
    // ("Roe, Ann M.": the letter is a middle name's; the title after it is quoted by no one)
    const auto qs = extract_quotes(quote_rows::page(
        "en", "", {"^ Roe, Ann M. (8 April 2014). \"Harbour towns once voted on ferries\". The Coast Review."}));
    for (const auto& q : qs)
        CHECK(q.speaker.value_or("") != "Ann M.");
    quote_rows::check_quotes({
        {"it",
         {"Il titolare della ferramenta di via Roveda, Marco B., 58 anni, ha parlato alla giunta.",
          "«Ci state lasciando soli», ha detto lui."},
         "Ci state lasciando soli",
         "Marco B."},
    });
}

TEST_CASE("a verb bidding the reader spoken to as 'tu' names no speaker", "[quotes][carried][quotes53]") {
    // (a reader's comment under the text, a service text: the familiar imperative is the third person's present)
    const std::vector<quote_rows::PageRow> bidding = {
        {"es",
         {"El presidente del club, Ernesto Valdivia, dijo el martes que las cuentas están saneadas este año.",
          "Ernesto, para serte sincero, no entiendo lo que buscas con tu pregunta. Pero recuerda que el club vive de "
          "las cuotas de sus socios desde hace años."},
         "el club vive de las cuotas de sus socios desde hace años",
         ""},
        {"it",
         {"Il presidente della società, Ettore Barzaghi, ha detto martedì che i conti sono in ordine quest'anno.",
          "Ettore, non capisco cosa cerchi con la tua domanda. Ma ricorda che la società vive delle quote dei soci da "
          "molti anni."},
         "la società vive delle quote dei soci da molti anni",
         ""},
        {"pt",
         {"O presidente do clube, Ernesto Valadares, disse na terça-feira que as contas estão em ordem este ano.",
          "Ernesto, não percebo o que procuras com a tua pergunta. Mas lembra que o clube vive das quotas dos sócios "
          "há muitos anos."},
         "o clube vive das quotas dos sócios há muitos anos",
         ""},
    };
    for (const auto& r : bidding) {
        INFO(r.paragraphs.back());
        const auto qs = extract_quotes(quote_rows::page(r.lang, "", r.paragraphs));
        for (const auto& q : qs)
            CHECK((q.text != r.text || !q.speaker));
    }
    quote_rows::check_quotes({
        {"es",
         {"El presidente del club, Ernesto Valdivia, dijo el martes que las cuentas están saneadas este año.",
          "Ernesto, no entiendo tu pregunta sobre las cuentas. Pero recuerda: «El club vive de sus socios»."},
         "El club vive de sus socios",
         ""},
        // (the writer's own sentence, no one spoken to: the last speaker's, as before; a "tú" inside a quote is
        // someone else's)
        {"es",
         {"El presidente del club, Ernesto Valdivia, dijo que las cuentas están saneadas este año.",
          "Recuerda que el club vive de las cuotas de sus socios desde hace años."},
         "el club vive de las cuotas de sus socios desde hace años",
         "Ernesto Valdivia"},
        {"es",
         {"El presidente del club, Ernesto Valdivia, dijo que las cuentas están saneadas este año.",
          "«¿Y tú qué harías con la deuda?», preguntó luego a la asamblea. Recordó: «El club vive de sus socios»."},
         "El club vive de sus socios",
         "Ernesto Valdivia"},
    });
}

TEST_CASE("a full stop after an incise's closing dash ends the words before it", "[quotes][incises][quotes53]") {
    // ("«Q1 —explicó Calvo—. Q2»": the quote read whole, its full stop glued to Q1, not " . ")
    quote_rows::check_quotes({
        {"es",
         {"«Muchas familias trabajan a jornada completa —explicó Rosa Calvo—. Sin comedor, alguien tendrá que "
          "dejar el trabajo»."},
         "Muchas familias trabajan a jornada completa. Sin comedor, alguien tendrá que dejar el trabajo",
         "Rosa Calvo"},
        {"it",
         {"«Da due anni chiediamo rinforzi – ha spiegato il primario Antonio Greco –. Nessuno ci ha mai risposto»."},
         "Da due anni chiediamo rinforzi. Nessuno ci ha mai risposto",
         "Antonio Greco"},
        // (words going on after the dash keep their space)
        {"es",
         {"«Es una expropiación encubierta —aseguró el presidente, Jorge Albiol— y no resistirá en los tribunales»."},
         "Es una expropiación encubierta y no resistirá en los tribunales",
         "Jorge Albiol"},
    });
}

TEST_CASE("a long role phrase and the name set off after it are the cue's subject", "[quotes][indirect][quotes53]") {
    // (the words before the comma are who speaks, not what was said: no indirect quote of them)
    const std::vector<std::pair<std::string, std::string>> pages = {
        {"es", "La portavoz de la asociación de madres y padres del colegio, Rosa Calvo, criticó el cierre del comedor."},
        {"it", "Il presidente dell'associazione dei commercianti del centro storico, Renato Spini, ha criticato la "
               "chiusura del ponte."},
        {"fr", "La présidente de l'association des parents d'élèves du collège, Rose Calvet, a critiqué la fermeture "
               "de la cantine."},
    };
    for (const auto& [lang, paragraph] : pages) {
        INFO(paragraph);
        const auto qs = extract_quotes(quote_rows::page(lang, "", {paragraph}));
        CHECK(std::none_of(qs.begin(), qs.end(), [](const Quote& q) { return q.text.find(',') != std::string::npos; }));
    }
}

TEST_CASE("an age after the name set off by commas leaves the subject whole", "[quotes][indirect][quotes53]") {
    // ("Una madre, Sara T., 36 anni, ha raccontato di ...": no indirect quote of the subject)
    const std::vector<std::pair<std::string, std::string>> pages = {
        {"it", "Una madre, Sara T., 36 anni, ha raccontato di aver aspettato tre ore al pronto soccorso con la figlia."},
        {"it", "Una madre, Sara Testori, 36 anni, ha raccontato di aver aspettato tre ore al pronto soccorso."},
        {"es", "Un joven marinero, Iván Pardo, de 24 años, contó la historia de su abuelo en la lonja del puerto."},
    };
    for (const auto& [lang, paragraph] : pages) {
        INFO(paragraph);
        const auto qs = extract_quotes(quote_rows::page(lang, "", {paragraph}));
        CHECK(std::none_of(qs.begin(), qs.end(), [](const Quote& q) { return q.text.find(',') != std::string::npos; }));
    }
}

TEST_CASE("a report after a name with an initial and an age is that person's", "[quotes][indirect][quotes53]") {
    quote_rows::check_quotes({
        {"es",
         {"Un joven marinero, Iván P., de 24 años, contó que piensa emigrar a Noruega el año que viene."},
         "piensa emigrar a Noruega el año que viene",
         "Iván P.",
         "Iván P., de 24 años"},
        {"pt",
         {"Uma enfermeira do serviço, Sofia R., 34 anos, contou que muitos colegas já pediram transferência."},
         "muitos colegas já pediram transferência",
         "Sofia R."},
        {"fr",
         {"Un lycéen, Kévin L., 17 ans, a raconté qu'il avait attendu le bus pendant une heure sous la pluie."},
         "il avait attendu le bus pendant une heure sous la pluie",
         "Kévin L."},
    });
}

TEST_CASE("Dutch 'sprak van' quotes the words called so, as German 'sprach von'", "[quotes][cues][quotes53]") {
    quote_rows::check_only_quotes(
        {
            {"nl", "Wethouder Karin Mulder sprak dinsdag van „een zwarte dag voor het dorp”.", "een zwarte dag voor het dorp",
             "sprak", "Wethouder Karin Mulder"},
            {"de", "Die Vorsitzende Monika Albrecht sprach von einem „herben Schlag“ für die Schwimmkurse.", "herben Schlag",
             "sprach von", "Die Vorsitzende Monika Albrecht"},
        },
        QuoteKind::partial);
}
