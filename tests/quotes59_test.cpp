// Names and cues that quotes read wrong (quotes59): names holding particles (a surname met again with its particles,
// two words after the particles of a name with no surname before them, a minister's field after the name).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a name of given names only takes the capitalised words after its particles as its surname",
          "[quotes][names][quotes59]") {
    // ("Ana Maria dos Santos Lima disse", "Juan Carlos de la Fuente Ruiz dijo": no surname stands before the
    // particles, so the words after them are the surname, no body)
    quote_rows::check_speakers({
        {"pt", "Ana Maria dos Santos Lima disse que o plano vai mudar a vida de milhares de famílias em todo o país.",
         "o plano vai mudar a vida de milhares de famílias em todo o país", "Ana Maria dos Santos Lima"},
        {"es", "Juan Carlos de la Fuente Ruiz dijo que el alquiler ha subido un treinta por ciento en dos años.",
         "el alquiler ha subido un treinta por ciento en dos años", "Juan Carlos de la Fuente Ruiz"},
    });
}

TEST_CASE("a full name or a body before the particles keeps the body after them apart", "[quotes][names][quotes59]") {
    // (guards: a surname before the particles, or a body's noun after them, is a person and a body; a body's noun
    // opening the run makes all of it the body's name)
    quote_rows::check_speakers({
        {"pt", "Maria Silva da Universidade Federal disse que o plano é insuficiente para as escolas do país.",
         "o plano é insuficiente para as escolas do país", "Maria Silva"},
        {"es", "Ana María Ruiz de la Universidad Central dijo que el alquiler ha subido un treinta por ciento.",
         "el alquiler ha subido un treinta por ciento", "Ana María Ruiz"},
        {"es", "Ana Maria de la Universidad Central dijo que el alquiler ha subido un treinta por ciento en la ciudad.",
         "el alquiler ha subido un treinta por ciento en la ciudad", "Ana Maria"},
        {"es", "El Sindicato de Inquilinas de Ribera dijo que el alquiler ha subido un treinta por ciento en dos años.",
         "el alquiler ha subido un treinta por ciento en dos años", "Sindicato de Inquilinas de Ribera"},
        {"es", "La Federación de Empleados de Bibliotecas dijo que el cierre de las salas es una mala noticia.",
         "el cierre de las salas es una mala noticia", "Federación de Empleados de Bibliotecas"},
        // (an acronym after the particles is a body's too, quotes109)
        {"fr", "Jean Roux de la CGT a déclaré que le budget était une catastrophe pour les agents de la ville.",
         "le budget était une catastrophe pour les agents de la ville", "Jean Roux"},
    });
}

TEST_CASE("a minister's field told after the name is no part of it", "[quotes][names][quotes59]") {
    // ("minister Sanne de Vries van Volksgezondheid", "la ministra Ana de la Torre de Hacienda": the field follows a
    // name holding a particle of its own; the surname met alone later is the same person)
    quote_rows::check_quotes({
        {"nl",
         {"Minister Sanne de Vries van Volksgezondheid heeft dinsdag het nieuwe plan voor de zorg gepresenteerd.",
          "\"We laten de ziekenhuizen niet in de steek\", zei De Vries."},
         "We laten de ziekenhuizen niet in de steek",
         "Sanne de Vries"},
        {"es",
         {"La ministra Ana de la Torre de Hacienda presentó el martes el presupuesto del año que viene.",
          "«No vamos a subir los impuestos a nadie», afirmó la ministra De la Torre."},
         "No vamos a subir los impuestos a nadie",
         "Ana de la Torre"},
    });
    // (guards: no field role before the name, or no particle inside the name before the last one: a surname of two
    // parts; a minister's name of given names and surname keeps "van Dijk")
    quote_rows::check_quotes({
        {"nl",
         {"Karin Mulder van Oosterwold heeft dinsdag het nieuwe plan voor de zorg in de regio gepresenteerd.",
          "\"We laten de ziekenhuizen niet in de steek\", zei Mulder van Oosterwold."},
         "We laten de ziekenhuizen niet in de steek",
         "Karin Mulder van Oosterwold"},
        {"nl",
         {"Minister Pieter Jansen van Dijk heeft dinsdag het nieuwe plan voor de zorg gepresenteerd.",
          "\"We laten de ziekenhuizen niet in de steek\", zei Jansen van Dijk."},
         "We laten de ziekenhuizen niet in de steek",
         "Pieter Jansen van Dijk"},
        {"nl",
         {"Minister Anna Maria Jansen van Dijk zei dinsdag dat het geld voor de ziekenhuizen volgende maand komt."},
         "het geld voor de ziekenhuizen volgende maand komt",
         "Anna Maria Jansen van Dijk"},
    });
}

TEST_CASE("a surname met again with its particles and the words after them is the person named before",
          "[quotes][names][quotes59]") {
    // ("Anna Maria Berg von der Heide" read first as "Anna Maria Berg" and a body, then "sagte Berg von der Heide";
    // "Rui Costa dos Santos Lima", then "afirmou Costa dos Santos Lima": the person's name grows by the words)
    quote_rows::check_quotes({
        {"de",
         {"Die Stadträtin Anna Maria Berg von der Heide hat am Montag ihren Plan für die Schulen vorgestellt.",
          "„Wir brauchen mehr Lehrer an allen Schulen“, sagte Berg von der Heide."},
         "Wir brauchen mehr Lehrer an allen Schulen",
         "Anna Maria Berg von der Heide"},
        {"pt",
         {"O deputado Rui Costa dos Santos Lima apresentou na terça-feira o plano para as escolas do país.",
          "\"Vamos avançar já este ano\", afirmou Costa dos Santos Lima aos jornalistas."},
         "Vamos avançar já este ano",
         "Rui Costa dos Santos Lima"},
    });
    // (guards: a body's noun after the particles is the person's office, and the person keeps the name; "zu" before
    // an article is a preposition, no particle of the surname)
    quote_rows::check_quotes({
        {"de",
         {"Die Sprecherin Anna Muster von der Hafenbehörde hat am Montag den Plan für den Hafen vorgestellt.",
          "„Wir brauchen mehr Schiffe im Hafen“, sagte Muster von der Hafenbehörde."},
         "Wir brauchen mehr Schiffe im Hafen",
         "Anna Muster"},
        {"es",
         {"La portavoz Ana Ruiz de la Universidad Central presentó el martes el plan para las escuelas.",
          "«Vamos a avanzar este mismo año», dijo Ruiz de la Universidad Central."},
         "Vamos a avanzar este mismo año",
         "Ana Ruiz"},
        {"de",
         {"Der Läufer Jonas Brandtner hat am Sonntag den Stadtlauf in Rheinfeld gewonnen.",
          "Nun zählt Brandtner zu den Anwärtern auf den Titel.", "„Das war ein harter Lauf“, sagte Brandtner."},
         "Das war ein harter Lauf",
         "Jonas Brandtner"},
    });
    // (guards: a name holding a particle already is no name cut before its particles: a place's name opening with its
    // last word is another name)
    quote_rows::check_quotes({
        {"es",
         {"El alcalde Juan de la Peña visitó el martes la Peña de Francia con los vecinos del pueblo.",
          "«Vamos a cuidar la sierra entera», dijo Peña a los periodistas."},
         "Vamos a cuidar la sierra entera",
         "Juan de la Peña"},
        {"it",
         {"Il sindaco Marco di Monte ha visitato martedì il Monte di Portofino con i cittadini del paese.",
          "«Dobbiamo curare tutta la montagna», ha detto Monte ai giornalisti."},
         "Dobbiamo curare tutta la montagna",
         "Marco di Monte"},
    });
}

TEST_CASE("Polish present-tense and answering cues attribute the quote before them", "[quotes][cues][quotes59]") {
    // ("– dodaje Nowak", "– podkreśla.", "– odpowiada pani Halina": an agency story's and a reportage's cues)
    quote_rows::check_quotes({
        {"pl",
         {"Prezes spółki Jan Nowak przedstawił plan. – Sklepy dostaną nowe kasy jeszcze w tym roku – dodaje Nowak."},
         "Sklepy dostaną nowe kasy jeszcze w tym roku",
         "Jan Nowak",
         "Nowak"},
        {"pl",
         {"Radna Anna Lis była przeciw. – To zły pomysł dla całego miasta – podkreśla."},
         "To zły pomysł dla całego miasta",
         "Anna Lis"},
        {"pl",
         {"– I co pani zrobi od stycznia? – pytamy.", "– Nie wiem. Chyba będę chodzić pieszo – odpowiada pani Halina."},
         "Nie wiem. Chyba będę chodzić pieszo",
         "Halina",
         "pani Halina"},
    });
}

TEST_CASE("a subordinating conjunction before a verb that drops its subject is no mention", "[quotes][cues][quotes59]") {
    // ("Jeszcze nie, choć przyznał, że ...", "Per ora no, sebbene ammette che ...": the conjunction opens the clause,
    // no one's name; no quote is given the conjunction as its mention)
    for (const auto& [lang, paragraph, conjunction] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"pl",
              "Czy planuje sad w górach? Jeszcze nie, choć przyznał, że jabłonie rosłyby tam bardzo dobrze przez "
              "cały rok.",
              "choć"},
             {"it",
              "Ha pensato a un frutteto in montagna? Per ora no, sebbene ammette che i meli crescerebbero bene "
              "lassù tutto l'anno.",
              "sebbene"},
         }) {
        INFO(paragraph);
        for (const Quote& q : extract_quotes(quote_rows::page(lang, "", {paragraph})))
            CHECK(q.mention.value_or("") != conjunction);
    }
}

TEST_CASE("a phrase a preposition opens after an answering verb is no subject, even before a colon",
          "[quotes][cues][quotes59]") {
    // ("NFZ tak odpowiadał na pytania TVN: „Q”", "A CP respondeu a perguntas de Lusa: "Q"": what was answered, or
    // whom; the subject before the verb speaks)
    quote_rows::check_quotes({
        {"pl",
         {"Fundusz długo milczał w tej sprawie. NFZ tak odpowiadał na pytania TVN: „Kolejki do lekarzy skrócą się już "
          "w przyszłym roku.”"},
         "Kolejki do lekarzy skrócą się już w przyszłym roku.",
         "NFZ",
         "NFZ"},
        {"pt",
         {"O clube calou durante muito tempo. A CP respondeu a perguntas de Lusa: \"Os comboios vão voltar a circular "
          "no próximo ano.\""},
         "Os comboios vão voltar a circular no próximo ano.",
         "CP",
         "A CP"},
    });
    // (a phrase of time before the subject: "W poniedziałek NFZ odpowiadał na pytania TVN")
    quote_rows::check_quotes({
        {"pl",
         {"Fundusz długo milczał w tej sprawie. W poniedziałek NFZ odpowiadał na pytania TVN: „Kolejki do lekarzy "
          "skrócą się już w przyszłym roku.”"},
         "Kolejki do lekarzy skrócą się już w przyszłym roku.",
         "NFZ"},
    });
    // (guard: with no words before the verb, a source's phrase after it names the body that speaks, "Fanno sapere
    // dalla Regione: «Q»")
    quote_rows::check_quotes({
        {"it",
         {"La gara è in ritardo di un anno. Fanno sapere dalla Regione: «La gara sarà bandita entro l'estate.»"},
         "La gara sarà bandita entro l'estate.",
         "Regione",
         "dalla Regione"},
    });
}

TEST_CASE("a broadcaster's name holds no bare role", "[quotes][speakers][quotes59]") {
    // ("Norland Harbour Radio reported ...", "Radio Côte Nord a rapporté ...": a name holding a broadcaster's noun,
    // [medium_words], names a medium; "the union leader said" after it is no one the page names)
    quote_rows::check_quotes({
        {"en",
         {"Norland Harbour Radio reported on Monday that the union had rejected the offer from the port authority.",
          "\"We will not accept cuts to our pay,\" the union leader said."},
         "We will not accept cuts to our pay",
         ""},
        {"fr",
         {"Radio Côte Nord a rapporté lundi que le syndicat avait rejeté l'offre de l'autorité portuaire de la ville.",
          "« Nous n'accepterons aucune baisse de salaire », a déclaré le dirigeant syndical."},
         "Nous n'accepterons aucune baisse de salaire",
         ""},
        {"es",
         {"Radio Costa Norte informó el lunes de que el sindicato había rechazado la oferta de la autoridad portuaria.",
          "«No aceptaremos recortes en nuestros salarios», dijo el líder sindical."},
         "No aceptaremos recortes en nuestros salarios",
         ""},
        {"de",
         {"Radio Nordhafen berichtete am Montag, die Gewerkschaft habe das Angebot der Hafenbehörde abgelehnt.",
          "„Wir akzeptieren keine Kürzungen“, sagte der Gewerkschaftschef."},
         "Wir akzeptieren keine Kürzungen",
         ""},
    });
    // (guard: the person the radio spoke to, named with the role, holds it)
    quote_rows::check_quotes({
        {"en",
         {"Norland Harbour Radio spoke on Monday to the union leader Tom Vale about the offer from the port authority.",
          "\"We will not accept cuts to our pay,\" the union leader said."},
         "We will not accept cuts to our pay",
         "Tom Vale"},
    });
}

TEST_CASE("a participle of asking opening the clause leaves the verb's subject to be carried over",
          "[quotes][cues][quotes59]") {
    // ("Zapytany o kolejki, odpowiedział: „Q”", "Preguntado por las colas, respondió: «Q»": the participle's phrase is
    // the subject's own; the verb carries the person last named as a subject, with the answering cue)
    quote_rows::check_quotes({
        {"pl",
         {"Burmistrz Jan Nowak był na spotkaniu z mieszkańcami osiedla.",
          "Zapytany o kolejki, odpowiedział: „Autobusy będą jeździć częściej od marca.”"},
         "Autobusy będą jeździć częściej od marca.",
         "Jan Nowak"},
        {"es",
         {"El alcalde Juan Nieto estuvo en la reunión con los vecinos del barrio.",
          "Preguntado por las colas, respondió: «Los autobuses pasarán más a menudo desde marzo.»"},
         "Los autobuses pasarán más a menudo desde marzo.",
         "Juan Nieto"},
        {"it",
         {"Il sindaco Marco Ferri era alla riunione con i residenti del quartiere.",
          "Interpellato sulle code, ha risposto: «Gli autobus passeranno più spesso da marzo.»"},
         "Gli autobus passeranno più spesso da marzo.",
         "Marco Ferri"},
    });
    // (guard: a subject after the participle's phrase speaks, and no one is carried over)
    quote_rows::check_quotes({
        {"es",
         {"El alcalde Juan Nieto estuvo en la reunión con los vecinos del barrio.",
          "Preguntado por las colas, el concejal de transportes respondió: «Los autobuses pasarán más a menudo desde "
          "marzo.»"},
         "Los autobuses pasarán más a menudo desde marzo.",
         "",
         "el concejal de transportes"},
    });
}
