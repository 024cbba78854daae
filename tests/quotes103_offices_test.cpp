// Tests of role mentions whose capitalised words are no speaker's name: the place an office is held over ("le maire
// de Valmont"), a field written with a capital before the holder's name ("la ministre aux Sports Anne Roux"), and a
// role noun shaped like a participle ("la delegata allo Sport Anna Rossi"). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

// (a named namespace: the file is compiled on its own, not in a batch of the unity build)
namespace archive::quotes103_offices {

using quote_rows::check_quotes;

TEST_CASE("the place an office is held over is no speaker", "[quotes][quotes103]") {
    check_quotes({
        {"fr", {"« La ville a tout prévu pour les Jeux », a ajouté le maire de Valmont."},
         "La ville a tout prévu pour les Jeux", "", "le maire de Valmont"},
        {"es", {"«Todo está previsto para los Juegos», añadió el alcalde de Villaverde."},
         "Todo está previsto para los Juegos", "", "el alcalde de Villaverde"},
        {"it", {"«La città ha previsto tutto per i Giochi», ha aggiunto il sindaco di Borgoterra."},
         "La città ha previsto tutto per i Giochi", "", "il sindaco di Borgoterra"},
        {"en", {"“The town has planned everything for the games,” said the mayor of Millbrook."},
         "The town has planned everything for the games", "", "the mayor of Millbrook"},
        {"pt", {"“A cidade preparou tudo para os Jogos”, disse o prefeito de Vila Nova."},
         "A cidade preparou tudo para os Jogos", "", "o prefeito de Vila Nova"},
        // (the office's holder the page named speaks)
        {"fr", {"Le maire Jean Dufaux a visité le chantier du stade lundi matin.",
                "« La ville a tout prévu pour les Jeux », a ajouté le maire de Valmont."},
         "La ville a tout prévu pour les Jeux", "Jean Dufaux"},
        // (near misses: the holder's name after a comma, a particle inside a name, a name with no office)
        {"fr", {"« Le stade sera prêt en juillet », a assuré le maire de Valmont, Jean Dufaux."},
         "Le stade sera prêt en juillet", "Jean Dufaux"},
        {"fr", {"« Nous avons signé la convention », a expliqué le maire Jean de Valmont."},
         "Nous avons signé la convention", "Jean de Valmont"},
        {"fr", {"« Tout est clair pour nous », a dit Marie de Rosen."}, "Tout est clair pour nous", "Marie de Rosen"},
        {"es", {"«El estadio estará listo en julio», aseguró la actriz Ana de Armas."},
         "El estadio estará listo en julio", "Ana de Armas"},
        {"es", {"«Lo firmamos ayer por la tarde», dijo el alcalde de Villaverde, Pedro Ruiz."},
         "Lo firmamos ayer por la tarde", "Pedro Ruiz"},
        {"en", {"“The stadium will be ready in July,” said Mayor of Millbrook Susan Hale."},
         "The stadium will be ready in July", "Susan Hale"},
        {"de", {"«Wir prüfen den Vorschlag genau», sagte Kommissionspräsidentin Ursula von der Leyen."},
         "Wir prüfen den Vorschlag genau", "Ursula von der Leyen"},
        // (a body's noun among the capitalised words: the office is of a body, read as before)
        {"en", {"“The games will pay for themselves,” said the president of Millbrook Council."},
         "The games will pay for themselves", "Millbrook Council"},
    });
}

TEST_CASE("a field written with a capital before a holder's name leaves the name the speaker", "[quotes][quotes103]") {
    check_quotes({
        {"fr", {"« Nous sommes prêts pour les Jeux », a déclaré la ministre aux Sports Anne Roux."},
         "Nous sommes prêts pour les Jeux", "Anne Roux", "la ministre aux Sports Anne Roux"},
        {"fr", {"« Le musée rouvrira à l'automne », a annoncé la déléguée à la Culture Lise Morel."},
         "Le musée rouvrira à l'automne", "Lise Morel"},
        {"it", {"«Il teatro riaprirà in autunno», ha spiegato l'assessore alla Cultura Marco Bini."},
         "Il teatro riaprirà in autunno", "Marco Bini"},
        // (near misses: the one told after the preposition, a name or a colleague's noun right after it)
        {"fr", {"« Nous sommes prêts pour les Jeux », a déclaré la ministre à Anne Roux."},
         "Nous sommes prêts pour les Jeux", ""},
        {"fr", {"« Nous sommes prêts pour les Jeux », a déclaré la ministre à sa collègue Anne Roux."},
         "Nous sommes prêts pour les Jeux", ""},
    });
}

TEST_CASE("a role noun shaped like a participle heads its mention", "[quotes][quotes103]") {
    check_quotes({
        {"it", {"«Siamo pronti per i Giochi», ha detto la delegata allo Sport Anna Rossi."},
         "Siamo pronti per i Giochi", "Anna Rossi", "la delegata allo Sport Anna Rossi"},
        {"it", {"«Lo stadio sarà pronto a luglio», ha detto il delegato allo Sport Luca Bassi."},
         "Lo stadio sarà pronto a luglio", "Luca Bassi"},
        {"es", {"«El estadio estará listo en julio», dijo la delegada de Deportes Ana Gil."},
         "El estadio estará listo en julio", "Ana Gil"},
        // (the role's holder named before speaks; a participle that is no role names no one)
        {"it", {"La delegata Anna Rossi ha visitato lo stadio lunedì mattina.",
                "«Siamo pronti per i Giochi», ha detto la delegata."},
         "Siamo pronti per i Giochi", "Anna Rossi"},
        {"it", {"«Siamo pronti per i Giochi», ha detto la squadra appena arrivata."}, "Siamo pronti per i Giochi", ""},
    });
}

TEST_CASE("a verb of naming joined by a conjunction alone shares the clause's subject", "[quotes][quotes103]") {
    check_quotes({
        {"fr", {"Le syndicat Roulage a salué la réforme mais l'a qualifiée de « bien tardive »."}, "bien tardive",
         "Roulage", "Le syndicat Roulage"},
        {"it", {"Il sindacato Ruote ha accolto la riforma ma l'ha definita «molto tardiva»."}, "molto tardiva", "Ruote",
         "Il sindacato Ruote"},
        {"es", {"El sindicato Rueda celebró la reforma pero la calificó de «muy tardía»."}, "muy tardía", "Rueda",
         "El sindicato Rueda"},
        {"en", {"The union Wheelwork welcomed the reform but called the plan “long overdue”."}, "long overdue",
         "Wheelwork", "The union Wheelwork"},
        // (the participle agreeing with the clitic, the clause's subject right before it)
        {"fr", {"Le syndicat Roulage l'a qualifiée de « bien tardive » lundi."}, "bien tardive", "Roulage"},
        {"it", {"Il sindacato Ruote l'ha definita «molto tardiva» lunedì."}, "molto tardiva", "Ruote"},
        // (near misses: a subject of its own after the conjunction; a title set off by commas, no one's words)
        {"fr", {"Le syndicat a protesté quand le maire Paul Vidal l'a qualifiée de « bien tardive »."}, "bien tardive",
         "Paul Vidal"},
        {"en", {"The union Wheelwork welcomed the reform but Mayor Susan Hale called the plan “long overdue”."},
         "long overdue", "Susan Hale"},
        {"en", {"Okonkwo skipped the Harbour Committee hearing but called the plan “long overdue”."}, "long overdue",
         "Okonkwo"},
    });
}

} // namespace archive::quotes103_offices
