// Quotes left by probe5 (kind 5a): the labelled turns of an interview ("Weber: ...", "M. Dupont : ...", "[00:00:21]
// CALLUM DYCE: ...") are their speaker's direct quotes.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A page in `lang` with a standfirst naming the person, its paragraphs in one section.
Article interview(const std::string& lang, const std::string& lede, std::vector<std::string> paragraphs,
                  const std::string& headline = "") {
    Article a = quote_rows::page(lang, headline, std::move(paragraphs));
    if (!lede.empty())
        a.lede = lede;
    return a;
}

struct TurnRow {
    const char* lang;
    const char* lede;
    std::vector<std::string> paragraphs;
    const char* text;    // a turn's words
    const char* speaker; // its speaker
    const char* mention; // its label
};

void check_turns(const std::vector<TurnRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.paragraphs.front());
        const auto qs = extract_quotes(interview(r.lang, r.lede, r.paragraphs));
        const Quote* q = quote_checks::find_quote(qs, r.text);
        REQUIRE(q);
        CHECK(q->kind == QuoteKind::direct);
        CHECK(q->speaker.value_or("") == r.speaker);
        CHECK(q->mention.value_or("") == r.mention);
    }
}

} // namespace

TEST_CASE("an interview's answers labelled with the surname are the person's quotes", "[quotes][turns][quotes51]") {
    check_turns({
        {"de",
         "Hafenmeisterin Greta Lindholm über Eis, Fähren und die Frage, wer im Winter noch übersetzt.",
         {"Frau Lindholm, die Fähre fährt seit Montag nicht mehr. Was ist passiert?",
          "Lindholm: Das Eis ist früher gekommen als gedacht. Wir mussten den Betrieb einstellen.",
          "Wann fährt sie wieder?",
          "Lindholm: Sobald der Eisbrecher die Rinne offen hält. Ich rechne mit einer Woche."},
         "Sobald der Eisbrecher die Rinne offen hält. Ich rechne mit einer Woche.",
         "Greta Lindholm",
         "Lindholm"},
        {"fr",
         "Le vigneron Arnaud Pellerin raconte une vendange avancée de trois semaines.",
         {"Quand avez-vous commencé à cueillir ?",
          "M. Pellerin : Le 18 août, du jamais vu ici. Les raisins étaient mûrs avant la fête du village.",
          "Et la qualité ?",
          "M. Pellerin : Elle est bonne, mais les volumes baissent encore. Nous avons perdu un quart."},
         "Le 18 août, du jamais vu ici. Les raisins étaient mûrs avant la fête du village.",
         "Arnaud Pellerin",
         "M. Pellerin"},
        {"en",
         "Lighthouse keeper Moira Castellane on the last manned light on the coast.",
         {"How long have you kept the light?",
          "Castellane: Nineteen years this spring. My father kept it before me.",
          "Will it be automated?",
          "Castellane: Next year, they tell me. I will believe it when the van arrives."},
         "Next year, they tell me. I will believe it when the van arrives.",
         "Moira Castellane",
         "Castellane"},
    });
}

TEST_CASE("a transcript's turns are quotes of the name their label gives", "[quotes][turns][quotes51]") {
    const char* court_lede = "Our courts reporter Ines Valcourt explains why the trial was moved.";
    const std::vector<std::string> court_turns = {
        "[00:00:05] TOBIAS RENN: Ines, the trial opens next week in another town. Why?",
        "[00:00:12] INES VALCOURT: The judge agreed that a fair jury could not be found here. The defence asked twice.",
        "[00:00:30] TOBIAS RENN: And what about the families?",
        "[00:00:33] INES VALCOURT: They are angry. They will have to drive two hours each day."};
    check_turns({
        // time stamps and names in capitals; the host named in the text before
        {"en", court_lede, court_turns,
         "They are angry. They will have to drive two hours each day.",
         "Ines Valcourt",
         "INES VALCOURT"},
        // the host named nowhere else: the label as printed, a speaker of two turns
        {"en", court_lede, court_turns,
         "And what about the families?",
         "TOBIAS RENN",
         "TOBIAS RENN"},
        // a full name, then its initials
        {"pl",
         "",
         {"Anna Sowa: Czy miasto zamknie basen przy ulicy Leśnej?",
          "Piotr Mrozek: Nie. Basen zostanie otwarty po remoncie dachu.",
          "A.S.: Kiedy to nastąpi?",
          "P.M.: Wiosną, jeśli dostawca zdąży z blachą. Umowa jest już podpisana."},
         "Wiosną, jeśli dostawca zdąży z blachą. Umowa jest już podpisana.",
         "Piotr Mrozek",
         "P.M."},
        {"it",
         "",
         {"Luca Ferrante: Quando riapre il rifugio sul passo?",
          "Marta Gioia: A giugno, se la strada sarà sgombra. Abbiamo già assunto due cuochi.",
          "L.F.: E il prezzo delle notti?",
          "M.G.: Resta uguale, non vogliamo perdere le famiglie. È una scelta precisa."},
         "Resta uguale, non vogliamo perdere le famiglie. È una scelta precisa.",
         "Marta Gioia",
         "M.G."},
    });
}

TEST_CASE("a label naming no one, or lines of figures under labels, give no quote", "[quotes][turns][quotes51]") {
    const auto none_from = [](const std::string& lang, std::vector<std::string> paragraphs, const std::string& lede) {
        const auto qs = extract_quotes(interview(lang, lede, std::move(paragraphs)));
        for (const auto& q : qs)
            CHECK(q.mention.value_or("") == "");
    };
    // a list of facts under labels: figures, not sentences
    none_from("de",
              {"Kaufpreis: 18.500 Euro", "Laufzeit: vier Jahre", "Kaufpreis: 21.000 Euro", "Laufzeit: sechs Jahre"}, "");
    // topics under labels, no question above them, no one named
    none_from("de",
              {"Schulen: Die Stadt baut zwei neue Turnhallen bis zum Herbst.",
               "Verkehr: Die Linie 4 fährt ab März alle zehn Minuten.",
               "Schulen: Drei Klassenzimmer bekommen neue Fenster im Sommer."},
              "");
    // one label alone is no interview
    none_from("en", {"Is the bridge safe?", "Halvorsen: Yes, the inspectors signed it off last week."},
              "Engineer Ruth Halvorsen on the bridge.");
    // a surname that answers questions, but names no one the page named
    none_from("en",
              {"Is the bridge safe?", "Halvorsen: Yes, the inspectors signed it off last week.", "And the cost?",
               "Halvorsen: Four million, all of it from the county budget."},
              "");
}

TEST_CASE("an interview's headline quote goes to the person its labelled answers quote", "[quotes][turns][quotes51]") {
    const auto qs = extract_quotes(interview(
        "de", "Hafenmeisterin Greta Lindholm über Eis, Fähren und die Frage, wer im Winter noch übersetzt.",
        {"Frau Lindholm, die Fähre fährt seit Montag nicht mehr. Was ist passiert?",
         "Lindholm: Das Eis ist früher gekommen als gedacht. Wir mussten den Betrieb einstellen.",
         "Wann fährt sie wieder?", "Lindholm: Sobald der Eisbrecher die Rinne offen hält. Ich rechne mit einer Woche."},
        "„Das Eis kam früher als gedacht“"));
    REQUIRE(!qs.empty());
    CHECK(qs.front().where == Where::headline);
    CHECK(qs.front().speaker.value_or("") == "Greta Lindholm");
}

TEST_CASE("a thousand labelled questions and answers are read in time", "[quotes][turns][quotes51]") {
    std::vector<std::string> paragraphs;
    for (int i = 0; i < 1000; ++i) {
        paragraphs.push_back("Und was ist mit der Brücke Nummer " + std::to_string(i) + "?");
        paragraphs.push_back("Lindholm: Sie wird geprüft, wie jedes Jahr. Das dauert ein paar Tage.");
    }
    const auto qs = extract_quotes(interview("de", "Hafenmeisterin Greta Lindholm über Brücken.", paragraphs));
    CHECK(qs.size() >= 1000);
}

TEST_CASE("an unnamed subject with a relative clause running up to the cue is the mention, no one named before",
          "[quotes][mentions][quotes51]") {
    quote_rows::check_quotes({
        {"en",
         {"The director of Lakeside Hospital, Dr Tom Vale, toured the ward on Tuesday.",
          "A nurse who asked not to be named because she was not allowed to speak said the ward had run out of beds."},
         "the ward had run out of beds",
         "",
         "A nurse who asked not to be named because she was not allowed to speak"},
        {"en",
         {"Lakeside Hospital opened a second ward on Monday.",
          "A doctor who treated the children said the fever had spread to three villages."},
         "the fever had spread to three villages",
         "",
         "A doctor who treated the children"},
        {"es",
         {"El director del hospital, Tomás Vidal, visitó la sala el martes.",
          "Un médico que pidió no ser identificado porque temía represalias dijo que faltaban camas en la sala de niños."},
         "faltaban camas en la sala de niños",
         "",
         "Un médico que pidió no ser identificado porque temía represalias"},
        // set off by commas, as French and German write it: read before, still so
        {"fr",
         {"Le directeur de l'hôpital, Marc Tellier, a visité le service mardi.",
          "Un médecin, qui a requis l'anonymat, a affirmé que le service avait accueilli quarante enfants."},
         "le service avait accueilli quarante enfants",
         "",
         "Un médecin"},
        {"de",
         {"Der Direktor der Klinik, Martin Keller, besuchte die Station am Dienstag.",
          "Ein Arzt, der nicht genannt werden wollte, sagte, die Station habe vierzig Kinder aufgenommen."},
         "die Station habe vierzig Kinder aufgenommen",
         "",
         "Ein Arzt"},
    });
}

TEST_CASE("a pronoun after an unnamed role brought in by an indefinite article is that nobody, no name",
          "[quotes][speakers][quotes51]") {
    quote_rows::check_quotes({
        {"en",
         {"The resort's director, Paul Merlin, presented the new chairlift.",
          "An analyst at the chamber of commerce said the figures were \"worse than last year\". He added that hotels "
          "were \"already suffering\"."},
         "already suffering",
         "",
         "He"},
        {"fr",
         {"Le directeur de la station, Paul Merlin, a présenté le nouveau télésiège.",
          "Un analyste de la chambre de commerce a déclaré que les chiffres étaient « pires que l'an dernier ». Il a "
          "ajouté que les hôtels « souffrent déjà »."},
         "souffrent déjà",
         "",
         "Il"},
        {"de",
         {"Der Direktor des Skigebiets, Paul Merlin, stellte die neue Sesselbahn vor.",
          "Ein Analyst der Handelskammer sagte, die Zahlen seien „schlechter als im Vorjahr“. Er fügte hinzu, die "
          "Hotels würden „schon jetzt leiden“."},
         "schon jetzt leiden",
         "",
         "Er"},
    });
    // the quote after a colon that the pronoun's clause introduces: no speaker, never an empty name
    const auto qs = extract_quotes(quote_rows::page(
        "de", "",
        {"Der Direktor der Klinik, Martin Keller, besuchte die Station.",
         "Eine Pflegerin, die anonym bleiben wollte, sagte: „Niemand hat seit drei Tagen geschlafen.“ Sie fügte hinzu: "
         "„Die Eltern warten auf dem Flur.“"}));
    REQUIRE(qs.size() == 2);
    for (const auto& q : qs)
        CHECK(!q.speaker);
}

TEST_CASE("'Volgens hem' and 'Volgens haar' are the last speaker's, the pronoun the whole mention",
          "[quotes][according][quotes51]") {
    quote_rows::check_quotes({
        {"nl",
         {"Woordvoerder Joris Hendriks van de keten bevestigde het nieuws. Volgens hem kunnen de filialen \"niet meer "
          "rendabel worden gemaakt\"."},
         "niet meer rendabel worden gemaakt",
         "Joris Hendriks",
         "hem"},
        {"nl",
         {"Wethouder Anouk Mulder zei dat ze het besluit betreurt. Volgens haar is het \"een klap voor het dorp\"."},
         "een klap voor het dorp",
         "Anouk Mulder",
         "haar"},
    });
}

TEST_CASE("a cue of a memory told or a verb with its helper: 'erinnert sich', 'se souvient', 'laat weten'",
          "[quotes][cues][quotes51]") {
    quote_rows::check_only_quotes(
        {
            {"de", "Der Verleger Andreas Moser erinnert sich: „Als ich anfing, liefen drei Maschinen rund um die Uhr.“",
             "Als ich anfing, liefen drei Maschinen rund um die Uhr.", "erinnert sich", "Der Verleger Andreas Moser"},
            {"de", "Die Setzerin Lea Brand erinnerte sich: „Wir haben jeden Buchstaben von Hand gesetzt.“",
             "Wir haben jeden Buchstaben von Hand gesetzt.", "erinnerte sich", "Die Setzerin Lea Brand"},
            {"fr", "La typographe Léa Brun se souvient : « Nous composions chaque lettre à la main. »",
             "Nous composions chaque lettre à la main.", "souvient", "La typographe Léa Brun"},
            {"it", "La tipografa Lea Bruni si ricorda: «Componevamo ogni lettera a mano».",
             "Componevamo ogni lettera a mano", "ricorda", "La tipografa Lea Bruni"},
            {"nl", "Het waterschap liet weten: \"We openen de sluizen pas als het water zakt.\"",
             "We openen de sluizen pas als het water zakt.", "liet weten", "Het waterschap"},
        },
        QuoteKind::direct);
    quote_rows::check_only_quotes(
        {
            {"nl", "De gemeente Assen laat weten dat zij \"met de keten in gesprek gaat\" over het pand.",
             "met de keten in gesprek gaat", "laat weten", "De gemeente Assen"},
        },
        QuoteKind::partial);
}

TEST_CASE("a publisher's role elided with its article before the name is no part of the name",
          "[quotes][speakers][quotes51]") {
    quote_rows::check_quotes({
        {"fr",
         {"L'éditeur André Moser a déclaré : « Quand j'ai commencé, trois machines tournaient jour et nuit. »"},
         "Quand j'ai commencé, trois machines tournaient jour et nuit.",
         "André Moser",
         "L'éditeur André Moser"},
        {"fr",
         {"L'imprimeuse Léa Brun se souvient : « Nous composions chaque lettre à la main. »"},
         "Nous composions chaque lettre à la main.",
         "Léa Brun",
         "L'imprimeuse Léa Brun"},
    });
}

TEST_CASE("answers labelled as answers are the interviewee's, the one the headline names before its colon",
          "[quotes][turns][quotes51]") {
    // (each row's `lede` field holds the page's headline here, naming the interviewee before its colon)
    const std::vector<TurnRow> rows = {
        {"es", "Valentina Orrego: \"Los glaciares no esperan\"",
         {"P: ¿Qué encontraron este verano?", "R: La pérdida más grande desde que empezamos a medir. Fue enorme.",
          "P: ¿Cuatro metros es mucho?", "R: Es muchísimo. Antes perdíamos un metro al año, a veces menos."},
         "Es muchísimo. Antes perdíamos un metro al año, a veces menos.", "Valentina Orrego", "R"},
        {"en", "Moira Castellane: 'The light will outlive us all'",
         {"Q: How long have you kept the light?", "A: Nineteen years this spring. My father kept it before me.",
          "Q: Will it be automated?", "A: Next year, they tell me. I will believe it when the van arrives."},
         "Next year, they tell me. I will believe it when the van arrives.", "Moira Castellane", "A"},
        {"de", "Greta Lindholm: „Das Eis kam früher als gedacht“",
         {"Frage: Wann fährt die Fähre wieder?", "Antwort: Sobald der Eisbrecher die Rinne offen hält. Das dauert.",
          "Frage: Und die Pendler?", "Antwort: Die fahren mit dem Bus um den See. Das kostet eine Stunde mehr."},
         "Die fahren mit dem Bus um den See. Das kostet eine Stunde mehr.", "Greta Lindholm", "Antwort"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraphs.front());
        const std::string headline = r.lede;
        Article a = quote_rows::page(r.lang, headline, r.paragraphs);
        a.sections.front().paragraphs.push_back(headline.substr(0, headline.find(':')) + " works in the mountains.");
        const auto qs = extract_quotes(a);
        const Quote* q = quote_checks::find_quote(qs, r.text);
        REQUIRE(q);
        CHECK(q->speaker.value_or("") == r.speaker);
        CHECK(q->mention.value_or("") == r.mention);
        // a question's label quotes no one
        for (const auto& other : qs)
            CHECK(other.text.find('?') == std::string::npos);
    }
    // no headline naming the interviewee: the answers are no one's quotes
    const auto qs = extract_quotes(quote_rows::page(
        "en", "The last keeper of the light",
        {"Q: How long have you kept the light?", "A: Nineteen years this spring. My father kept it before me.",
         "Q: Will it be automated?", "A: Next year, they tell me. I will believe it when the van arrives."}));
    CHECK(qs.empty());
}
