// Table-driven tests of how much of its sentence a report without quote marks takes: an aside after the subject
// holding a figure ("who catches the 7.45am ferry") or set off by dashes ("La edil —que presentó el plan— explicó
// que"), the writer's lead-in closed by a colon ("Le maire s'est voulu rassurant : ..."), a body's name with its
// short form in brackets in the subject after the words ("..., the Port of Hobart Authority (PHA) chief executive Tom
// Vale said."), and the German Konjunktiv II after "sagte X,"; on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an aside after the subject may hold a figure's dot or comma", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"en",
             "Bellerive resident Priya Sandhu, who catches the 7.45am ferry each weekday, said the service had "
             "changed her routine.",
             "the service had changed her routine", "said", "Bellerive resident Priya Sandhu"},
            {"fr",
             "Anne Morel, qui dirige la station depuis 2,5 ans, a affirmé que les travaux seraient terminés en mai.",
             "les travaux seraient terminés en mai", "a affirmé", "Anne Morel"},
            {"it",
             "Marco Neri, che guida il porto da 3,5 anni, ha detto che i lavori finiranno entro maggio.",
             "i lavori finiranno entro maggio", "ha detto", "Marco Neri"},
            {"nl",
             "Jan Peeters, die al 12,5 jaar op de veerboot werkt, zei dat de dienst veel beter is geworden.",
             "de dienst veel beter is geworden", "zei", "Jan Peeters"},
        },
        QuoteKind::indirect);
    // A mark with a space after it still ends the aside: the words before the cue's comma are reported then.
    check_only_quotes(
        {
            {"en",
             "The ferry will run at 7.45am from Monday, as the timetable shows. The old service has ended, Priya "
             "Sandhu said.",
             "The old service has ended", "said", "Priya Sandhu"},
        },
        QuoteKind::indirect);
}

TEST_CASE("an aside set off by two dashes after the subject is skipped to reach the cue", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"es",
             "La edil —que presentó el plan junto al alcalde— explicó que los propietarios recibirán un justiprecio "
             "en mayo.",
             "los propietarios recibirán un justiprecio en mayo", "explicó", "La edil"},
            {"it",
             "La sindaca —che ha presentato il piano con la giunta— ha spiegato che i lavori finiranno a maggio.",
             "i lavori finiranno a maggio", "ha spiegato", "La sindaca"},
            {"pt",
             "A autarca —que apresentou o plano com o presidente— explicou que as obras vão terminar em maio.",
             "as obras vão terminar em maio", "explicou", "A autarca"},
            {"en",
             "The mayor — a former ferry captain — said the service would run every day from May.",
             "the service would run every day from May", "said", "The mayor"},
            {"de",
             "Der Wirt – der das Lokal seit 1990 führt – sagte, die Gäste würden auch im Winter kommen.",
             "die Gäste würden auch im Winter kommen", "sagte", "Der Wirt"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a colon after a lead-in naming the speaker starts the reported words", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"fr",
             "Le maire, Alain Brossard, s'est voulu rassurant : aucune substance toxique n'a été relevée dans la "
             "nuit, a-t-il indiqué.",
             "aucune substance toxique n'a été relevée dans la nuit", "a-t-il indiqué", "il"},
            {"en",
             "The harbour master Ann Roe was blunt: the ferry would stop running in May, she said.",
             "the ferry would stop running in May", "said", "she"},
            {"de",
             "Der Wirt Karl Huber blieb gelassen: Die Gäste würden auch im Winter wieder in großer Zahl kommen, "
             "sagte er.",
             "Die Gäste würden auch im Winter wieder in großer Zahl kommen", "sagte", "er"},
            {"en",
             "The mayor was clear: the works at the harbour would end before the summer, Ann Roe said.",
             "the works at the harbour would end before the summer", "said", "Ann Roe"},
        },
        QuoteKind::indirect);
    // Words before the colon that name no one may be the speaker's own: the report keeps them.
    check_only_quotes(
        {
            {"fr",
             "Il y a deux problèmes : le coût des travaux et leur durée pour les habitants, a-t-il expliqué.",
             "Il y a deux problèmes : le coût des travaux et leur durée pour les habitants", "a-t-il expliqué", "il"},
            {"en",
             "There were two problems for the town: the cost and the length of the works, he said.",
             "There were two problems for the town: the cost and the length of the works", "said", "he"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a body's name and its short form in brackets stand in the subject after the report", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"en",
             "The Pink Line will be thrown open to the public by the end of March, Bangalore Metro Rail Corporation "
             "Limited (BMRCL) managing director M Ravindra Prasad said on Wednesday.",
             "The Pink Line will be thrown open to the public by the end of March", "said",
             "Bangalore Metro Rail Corporation Limited (BMRCL) managing director M Ravindra Prasad"},
            {"en",
             "The wharf at Bellerive would reopen on Monday, the Port of Hobart Authority (PHA) chief executive Tom "
             "Vale said.",
             "The wharf at Bellerive would reopen on Monday", "said",
             "the Port of Hobart Authority (PHA) chief executive Tom Vale"},
            {"fr",
             "Les travaux seront terminés avant l'été, la Société des transports de Montréal (STM) a indiqué mardi.",
             "Les travaux seront terminés avant l'été", "a indiqué", "la Société des transports de Montréal (STM)"},
            {"es",
             "Las obras del puerto terminarán antes del verano, la Empresa Municipal de Transportes (EMT) explicó "
             "este martes.",
             "Las obras del puerto terminarán antes del verano", "explicó",
             "la Empresa Municipal de Transportes (EMT)"},
        },
        QuoteKind::indirect);
    check_quotes({
        {"en",
         {"The Pink Line will be thrown open to the public by the end of March, Bangalore Metro Rail Corporation "
          "Limited (BMRCL) managing director M Ravindra Prasad said on Wednesday."},
         "The Pink Line will be thrown open to the public by the end of March", "M Ravindra Prasad"},
    });
}

TEST_CASE("a German Konjunktiv II no indicative shares marks the clause after the cue's comma as reported",
          "[quotes][indirect]") {
    check_only_quotes(
        {
            {"de", "Am Montag sagte Roth, die Arbeiten lägen im Plan und der Hafen öffne im Mai wieder.",
             "die Arbeiten lägen im Plan und der Hafen öffne im Mai wieder", "sagte", "Roth"},
            {"de", "Anna Roth, die seit 2019 im Amt ist, sagte, die Kosten für den Hafen wären gedeckt.",
             "die Kosten für den Hafen wären gedeckt", "sagte", "Anna Roth"},
            {"de", "Gestern erklärte die Ministerin, die Betriebe hätten keine andere Wahl gehabt.",
             "die Betriebe hätten keine andere Wahl gehabt", "erklärte", "die Ministerin"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a German sentence without a cue in the mood of reported speech goes on with the paragraph's last quote",
          "[quotes][indirect]") {
    check_quotes({
        {"de",
         {"«Das System wird einfacher und für die meisten Kunden günstiger», sagt Geschäftsführer Reto Baumann. Im "
          "Durchschnitt sei das Abo um rund 6 Franken billiger."},
         "Im Durchschnitt sei das Abo um rund 6 Franken billiger", "Reto Baumann", "Geschäftsführer Reto Baumann"},
        {"de",
         {"Polizeisprecher Jan Roth sagte, die Lage sei ernst. Mehrere Fahrgäste seien am Bahnhof stundenlang "
          "festgesessen."},
         "Mehrere Fahrgäste seien am Bahnhof stundenlang festgesessen", "Jan Roth", "Polizeisprecher Jan Roth"},
    });
    // Not "Es sei denn", "Wie dem auch sei,", a sentence of the writer's "ich", nor a paragraph further than the next
    // one from the quote's (quotes83: the next one opening in the Konjunktiv goes on), nor a Konjunktiv II alone, nor a
    // question, nor in a language without that mood.
    const std::string said = "Polizeisprecher Jan Roth sagte, die Lage sei ernst.";
    const std::vector<std::pair<const char*, std::vector<std::string>>> pages = {
        {"de", {said + " Es sei denn, der Regen höre am Abend endlich auf."}},
        {"de", {said + " Wie dem auch sei, die Stadt zahlt die Arbeiten."}},
        {"de", {said + " Ich habe die Zahlen gesehen und werde sie prüfen."}},
        {"de",
         {said, "Der Bahnhof blieb bis zum Abend gesperrt.",
          "Mehrere Fahrgäste seien am Bahnhof stundenlang festgesessen."}},
        {"de", {said + " Ohne den Regen wäre der Schaden am Bahnhof viel kleiner gewesen."}},
        {"de", {said + " Sei der Schaden am Bahnhof nun wirklich so groß?"}},
        {"nl", {"Woordvoerder Jan Peeters zei dat de toestand ernstig is. Meerdere reizigers zaten urenlang vast in "
                "het station."}},
    };
    for (const auto& [lang, paragraphs] : pages) {
        INFO(paragraphs.back());
        CHECK(extract_quotes(page(lang, "", paragraphs)).size() == 1);
    }
}
