// Table-driven tests of a description that names no one ("the nominee", "a spokesman for the mayor", "a media
// report"): with no person known by its words, it gives the quote no speaker. Invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role nobody was described with is not given to the last of several people named",
          "[quotes][speakers]") {
    check_quotes({
        {"en",
         {"Ann Roe is demanding that Mayor Tom Vale sign a pledge on the harbour.",
          "\"We have barely spent any money on it,\" the nominee said."},
         "We have barely spent any money on it", ""},
        {"de",
         {"Anna Roth fordert von Bürgermeister Jan Kruse eine Zusage für den Hafen.",
          "„Wir haben kaum Geld dafür ausgegeben“, sagte der Kandidat."},
         "Wir haben kaum Geld dafür ausgegeben", ""},
        {"fr",
         {"Anne Roux exige du maire Paul Martin un engagement sur le port.",
          "« Nous avons à peine dépensé de l'argent », a déclaré le candidat."},
         "Nous avons à peine dépensé de l'argent", ""},
        {"es",
         {"Ana Ruiz exige al alcalde Pedro Vidal un compromiso sobre el puerto.",
          "«Apenas hemos gastado dinero en ello», dijo el candidato."},
         "Apenas hemos gastado dinero en ello", ""},
        // (the role the person was described with still finds them; with one person named, a role is theirs)
        {"en",
         {"Mayor Tom Vale met the harbour council on Monday.",
          "\"We have barely spent any money on it,\" the mayor said."},
         "We have barely spent any money on it", "Tom Vale"},
        {"en",
         {"Ann Roe is demanding that Sen. Tom Vale sign a pledge on the harbour.",
          "\"We have barely spent any money on it,\" the senator said."},
         "We have barely spent any money on it", "Tom Vale"},
        {"es",
         {"El alcalde Pedro Vidal se reunió el lunes con el consejo del puerto.",
          "«Apenas hemos gastado dinero en ello», dijo el alcalde."},
         "Apenas hemos gastado dinero en ello", "Pedro Vidal"},
        {"es",
         {"Ana Ruiz habló el lunes con el alcalde Pedro Vidal.",
          "«Perdemos la mitad de las ventas», lamentó el presidente de la Cámara, Luis Prado.",
          "El empresario señaló que al menos tres mil negocios podrían cerrar este verano."},
         "al menos tres mil negocios podrían cerrar este verano", "Luis Prado"},
        {"fr",
         {"« Nous gagnerons », a dit Paul Martin lundi.",
          "« Nous avons à peine dépensé de l'argent », a déclaré le candidat."},
         "Nous avons à peine dépensé de l'argent", "Paul Martin"},
    });
}

TEST_CASE("a party adjective or an adjective formed from a role is no role the speaker was described with",
          "[quotes][speakers]") {
    check_quotes({
        {"en",
         {"Ann Roe is demanding that Republican Governor Jo Lee sign a pledge on the harbour.",
          "\"We have barely spent any money on it,\" the Republican nominee said."},
         "We have barely spent any money on it", ""},
        {"en",
         {"Ann Roe is demanding that President Tom Vale sign a pledge on the harbour.",
          "\"We have barely spent any money on it,\" the Republican presidential nominee said."},
         "We have barely spent any money on it", ""},
        {"fr",
         {"Anne Roux exige du président Paul Martin un engagement sur le port.",
          "« Nous avons à peine dépensé de l'argent », a déclaré le candidat présidentiel."},
         "Nous avons à peine dépensé de l'argent", ""},
        {"es",
         {"Ana Ruiz exige a la senadora socialista Lucía Gómez un compromiso sobre el puerto.",
          "«Apenas hemos gastado dinero en ello», dijo la candidata socialista."},
         "Apenas hemos gastado dinero en ello", ""},
        {"pt",
         {"Ana Reis exige à senadora socialista Lúcia Gomes um compromisso sobre o porto.",
          "«Quase não gastámos dinheiro nisso», disse a candidata socialista."},
         "Quase não gastámos dinheiro nisso", ""},
    });
}

TEST_CASE("a text or a medium after an according word names no speaker", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Laut Medienberichten soll der alte Hafen im nächsten Jahr geschlossen werden."},
         "soll der alte Hafen im nächsten Jahr geschlossen werden", ""},
        {"en", {"According to a media report, the city will close the old harbour next year."},
         "the city will close the old harbour next year", ""},
        {"fr", {"Selon un rapport, la ville fermera le vieux port l'année prochaine."},
         "la ville fermera le vieux port l'année prochaine", ""},
        {"es", {"Según la prensa, la ciudad cerrará el viejo puerto el próximo año."},
         "la ciudad cerrará el viejo puerto el próximo año", ""},
    });
}

TEST_CASE("a spokesman for a person named is not that person", "[quotes][speakers]") {
    check_quotes({
        {"en",
         {"Gov. Ann Roe did not attend the session.",
          "\"We are studying the proposal,\" a spokesman for Gov. Ann Roe said on Wednesday."},
         "We are studying the proposal", ""},
        {"de",
         {"Bürgermeisterin Anna Roth war bei der Sitzung nicht anwesend.",
          "„Wir prüfen den Vorschlag“, sagte ein Sprecher von Bürgermeisterin Anna Roth."},
         "Wir prüfen den Vorschlag", ""},
        {"fr",
         {"Le maire Paul Roux était absent de la réunion.",
          "« Nous étudions la proposition », a déclaré un porte-parole du maire Paul Roux."},
         "Nous étudions la proposition", ""},
        {"es",
         {"El alcalde Pedro Vidal no asistió a la reunión.",
          "«Estudiamos la propuesta», dijo un portavoz del alcalde Pedro Vidal."},
         "Estudiamos la propuesta", ""},
        // (a name before the description is the speaker's own)
        {"en",
         {"Gov. Ann Roe did not attend the session.",
          "\"We are studying the proposal,\" Tom Vale, a spokesman for Gov. Ann Roe, said on Wednesday."},
         "We are studying the proposal", "Tom Vale"},
    });
}

TEST_CASE("an according phrase's mention ends before the verb and before a relative clause", "[quotes][speakers]") {
    check_quotes({
        // a helper verb in second place ends the mention, though it is a stopword
        {"de", {"Laut einem Medienbericht soll der alte Hafen im nächsten Jahr verkauft werden."},
         "soll der alte Hafen im nächsten Jahr verkauft werden", "", "einem Medienbericht"},
        {"de", {"Laut einem Polizeibericht wurde das Boot am Abend im Hafen gesehen."},
         "wurde das Boot am Abend im Hafen gesehen", "", "einem Polizeibericht"},
        // a relative clause between commas is not the mention's
        {"de", {"Laut einem Zeitungsbericht, der am Montag erschien, soll der alte Hafen verkauft werden."},
         "soll der alte Hafen verkauft werden", "", "einem Zeitungsbericht"},
        // (an apposition opened by a particle still is: "de la Universidad de Bravío")
        {"es", {"Según la bióloga Carmen Ledesma, de la Universidad de Bravío, el lago se secará en diez años."},
         "el lago se secará en diez años", "Carmen Ledesma", "la bióloga Carmen Ledesma, de la Universidad de Bravío"},
        {"en", {"According to a media report published last week, the city will sell the old harbour next year."},
         "the city will sell the old harbour next year", "", "a media report published last week"},
        {"en", {"According to a media report, which appeared on Monday, the city will sell the old harbour."},
         "the city will sell the old harbour", "", "a media report"},
        {"fr", {"Selon un article, qui est paru lundi, la ville vendra le vieux port l'année prochaine."},
         "la ville vendra le vieux port l'année prochaine", "", "un article"},
        {"fr", {"Selon un article paru lundi, la ville vendra le vieux port l'année prochaine."},
         "la ville vendra le vieux port l'année prochaine", "", "un article paru lundi"},
        {"es", {"Según un informe publicado el lunes, la ciudad venderá el viejo puerto el próximo año."},
         "la ciudad venderá el viejo puerto el próximo año", "", "un informe publicado el lunes"},
    });
}

TEST_CASE("an adjective phrase between an according phrase's article and its noun stays in the mention",
          "[quotes][speakers]") {
    check_quotes({
        // (where nouns are capitalised, a participle with its complement stands before the noun: a report, no one)
        {"de", {"Laut einem im Juni veröffentlichten Gutachten soll die alte Brücke abgerissen werden."},
         "soll die alte Brücke abgerissen werden", "", "einem im Juni veröffentlichten Gutachten"},
        {"de", {"Laut dem vom Stadtrat bestellten Gutachten muss die Schwimmhalle saniert werden."},
         "muss die Schwimmhalle saniert werden", "", "dem vom Stadtrat bestellten Gutachten"},
        {"de", {"Laut einer aktuellen Studie wird der See in zwanzig Jahren austrocknen."},
         "wird der See in zwanzig Jahren austrocknen", "", "einer aktuellen Studie"},
        // (an age may stand before a given name: that one is a person)
        {"de", {"„Ich fahre jeden Morgen mit der Fähre“, erzählt die 34-jährige Mila."},
         "Ich fahre jeden Morgen mit der Fähre", "Mila"},
        {"en", {"According to a recently published study, the lake will dry up in twenty years."},
         "the lake will dry up in twenty years", "", "a recently published study"},
        {"fr", {"Selon une étude publiée en juin, le lac sera à sec dans vingt ans."},
         "le lac sera à sec dans vingt ans", "", "une étude publiée en juin"},
        {"es", {"Según un estudio publicado en junio, el lago se secará en veinte años."},
         "el lago se secará en veinte años", "", "un estudio publicado en junio"},
    });
}

TEST_CASE("a month's name after a given name is a surname, though it is a small word too", "[quotes][speakers]") {
    check_quotes({
        {"en", {"\"The ferry will run again in spring,\" Mayor Lisa May said on Tuesday."},
         "The ferry will run again in spring", "Lisa May"},
        {"en", {"\"We will not sell the harbour,\" said Councillor Tom May."}, "We will not sell the harbour", "Tom May"},
        {"de", {"„Die Fähre fährt im Frühjahr wieder“, sagte Bürgermeisterin Lisa März am Dienstag."},
         "Die Fähre fährt im Frühjahr wieder", "Lisa März"},
        {"fr", {"« Le bac reprendra au printemps », a déclaré la maire Lise Mai mardi."},
         "Le bac reprendra au printemps", "Lise Mai"},
        {"it", {"«Il traghetto ripartirà in primavera», ha detto il sindaco Luca Maggio."},
         "Il traghetto ripartirà in primavera", "Luca Maggio"},
    });
}

// ("a" is the Portuguese article and a preposition: opening the mention, it governs no name)
TEST_CASE("a word between a role and a name leaves the name the speaker, not the last person of the role",
          "[quotes][speakers]") {
    check_quotes({
        {"pt",
         {"«As obras começam em março», afirmou a vereadora da Cultura, Marta Lobo Sequeira, no fim da reunião.",
          "A oposição criticou o calendário.",
          "«Isto é prometer o que não se pode cumprir», acusou a vereadora comunista Rita Brás Pinheiro."},
         "Isto é prometer o que não se pode cumprir", "Rita Brás Pinheiro"},
        {"pt",
         {"«O plano está pronto», disse o deputado da maioria, Rui Canas Vieira, aos jornalistas.",
          "«Nada disto foi discutido», respondeu o deputado socialista Hugo Matos Leal."},
         "Nada disto foi discutido", "Hugo Matos Leal"},
        {"es",
         {"«Las obras empiezan en marzo», afirmó la concejala de Cultura, Marta Lobo Sierra, tras el pleno.",
          "«Esto es prometer lo que no se puede cumplir», acusó la concejala socialista Rita Brás Pineda."},
         "Esto es prometer lo que no se puede cumplir", "Rita Brás Pineda"},
    });
}
