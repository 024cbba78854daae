// Speakers of quotes (session 39): a person named with a role of a news page's field (sport, schools, police,
// courts, health, transport, culture: "le capitaine de l'équipe, Marc Favre", "Kapitänin Anna Berger") and quoted
// later by that role alone ("a ajouté le capitaine", "sagte die Kapitänin") after another person has spoken: the
// role words are data ([role_words] of each lexicon). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quote;
using archive::quote_rows::PageRow;

namespace {

// One role, the words naming it first ("le capitaine de l'équipe"; en and de: before the name) and again later.
struct RoleRow {
    const char* lang;
    const char* intro;
    const char* mention;
    const char* name;
};

// A language's page of three quotes: the role's holder (the cue, then the role and the name joined by `join`), then
// a mayor (a role of the lexicons) quoted with a pronoun, then the role alone: the last quote is the holder's.
struct Page {
    const char* lang;
    const char* opening;
    const char* first; // the holder's quote and cue, up to the role
    const char* join;
    const char* mayor;
    const char* last; // the last quote and its cue, up to the role
    const char* text; // the last quote's words
};

const Page pages[] = {
    {"fr", "La journée a été longue pour tout le monde.", "« Nous avons tout donné », a déclaré ", ", ",
     "Le maire, Paul Roux, s'est montré plus prudent. « La saison est longue », a-t-il dit.",
     "« On reviendra plus forts », a ajouté ", "On reviendra plus forts"},
    {"de", "Der Tag war für alle lang.", "\u201EWir haben alles gegeben\u201C, sagte ", " ",
     "Der Bürgermeister Paul Roth blieb vorsichtig. \u201EDie Saison ist lang\u201C, sagte er.",
     "\u201EWir kommen stärker zurück\u201C, sagte ", "Wir kommen stärker zurück"},
    {"it", "La giornata è stata lunga per tutti.", "«Abbiamo dato tutto», ha detto ", ", ",
     "Il sindaco, Paolo Rossi, è stato più prudente. «La stagione è lunga», ha detto.",
     "«Torneremo più forti», ha aggiunto ", "Torneremo più forti"},
    {"es", "La jornada fue larga para todos.", "«Lo dimos todo», dijo ", ", ",
     "El alcalde, Pablo Ruiz, fue más prudente. «La temporada es larga», dijo.", "«Volveremos más fuertes», añadió ",
     "Volveremos más fuertes"},
    {"en", "It was a long day for everyone.", "\u201CWe gave everything,\u201D said ", " ",
     "The mayor, Paul Ross, was more cautious. \u201CThe season is long,\u201D he said.",
     "\u201CWe will come back stronger,\u201D added ", "We will come back stronger"},
};

void check_roles(const std::vector<RoleRow>& rows) {
    for (const auto& r : rows)
        for (const Page& p : pages)
            if (std::string(p.lang) == r.lang) {
                INFO(r.lang << " " << r.intro);
                check_quote(PageRow{r.lang,
                                    {p.opening, std::string(p.first) + r.intro + p.join + r.name + ".", p.mayor,
                                     std::string(p.last) + r.mention + "."},
                                    p.text,
                                    r.name});
            }
}

} // namespace

TEST_CASE("a role of sport, school, police, court, health, transport or culture finds its holder again",
          "[quotes][quotes70]") {
    check_roles({
        {"fr", "le capitaine de l'équipe", "le capitaine", "Marc Favre"},
        {"fr", "la capitaine de l'équipe", "la capitaine", "Anne Favre"},
        {"fr", "le proviseur du lycée", "le proviseur", "Marc Favre"},
        {"fr", "l'institutrice de la classe", "l'institutrice", "Anne Favre"},
        {"fr", "le commissaire de police", "le commissaire", "Marc Favre"},
        {"fr", "le gendarme de garde", "le gendarme", "Marc Favre"},
        {"fr", "le chirurgien de l'hôpital", "le chirurgien", "Marc Favre"},
        {"fr", "le pilote de l'avion", "le pilote", "Marc Favre"},
        {"fr", "le conducteur du bus", "le conducteur", "Marc Favre"},
        {"fr", "le sélectionneur national", "le sélectionneur", "Marc Favre"},
        {"fr", "le gardien de but", "le gardien", "Marc Favre"},
        {"fr", "l'arbitre du match", "l'arbitre", "Marc Favre"},
        {"fr", "le greffier du tribunal", "le greffier", "Marc Favre"},
        {"fr", "le médecin de garde", "le médecin", "Marc Favre"},
        {"de", "Kapitän", "der Kapitän", "Marc Berger"},
        {"de", "Kapitänin", "die Kapitänin", "Anna Berger"},
        {"de", "Rektor", "der Rektor", "Marc Berger"},
        {"de", "Lehrerin", "die Lehrerin", "Anna Berger"},
        {"de", "Kommissar", "der Kommissar", "Marc Berger"},
        {"de", "Polizist", "der Polizist", "Marc Berger"},
        {"de", "Krankenschwester", "die Krankenschwester", "Anna Berger"},
        {"de", "Chirurg", "der Chirurg", "Marc Berger"},
        {"de", "Pilot", "der Pilot", "Marc Berger"},
        {"de", "Busfahrer", "der Busfahrer", "Marc Berger"},
        {"de", "Dirigent", "der Dirigent", "Marc Berger"},
        {"de", "Kuratorin", "die Kuratorin", "Anna Berger"},
        {"de", "Regisseur", "der Regisseur", "Marc Berger"},
        {"de", "Torhüter", "der Torhüter", "Marc Berger"},
        {"de", "Feuerwehrkommandant", "der Feuerwehrkommandant", "Marc Berger"},
        {"it", "il capitano della squadra", "il capitano", "Marco Bruni"},
        {"it", "il comandante della nave", "il comandante", "Marco Bruni"},
        {"it", "la preside della scuola", "la preside", "Anna Bruni"},
        {"it", "la maestra della classe", "la maestra", "Anna Bruni"},
        {"it", "il commissario di polizia", "il commissario", "Marco Bruni"},
        {"it", "il chirurgo dell'ospedale", "il chirurgo", "Marco Bruni"},
        {"it", "il pilota dell'aereo", "il pilota", "Marco Bruni"},
        {"it", "l'autista del bus", "l'autista", "Marco Bruni"},
        {"it", "la curatrice della mostra", "la curatrice", "Anna Bruni"},
        {"it", "il regista del film", "il regista", "Marco Bruni"},
        {"it", "il portiere della squadra", "il portiere", "Marco Bruni"},
        {"it", "l'arbitro della partita", "l'arbitro", "Marco Bruni"},
        {"es", "el capitán del equipo", "el capitán", "Marcos Ortega"},
        {"es", "el comandante del buque", "el comandante", "Marcos Ortega"},
        {"es", "la maestra de la clase", "la maestra", "Ana Ortega"},
        {"es", "el cirujano del hospital", "el cirujano", "Marcos Ortega"},
        {"es", "el piloto del avión", "el piloto", "Marcos Ortega"},
        {"es", "el conductor del autobús", "el conductor", "Marcos Ortega"},
        {"es", "el portero del equipo", "el portero", "Marcos Ortega"},
        {"es", "el árbitro del partido", "el árbitro", "Marcos Ortega"},
        {"es", "el seleccionador nacional", "el seleccionador", "Marcos Ortega"},
        {"en", "skipper", "the skipper", "Mark Fisher"},
        {"en", "captain", "the captain", "Mark Fisher"},
        {"en", "headteacher", "the headteacher", "Anne Fisher"},
        {"en", "teacher", "the teacher", "Anne Fisher"},
        {"en", "Inspector", "the inspector", "Mark Fisher"},
        {"en", "surgeon", "the surgeon", "Mark Fisher"},
        {"en", "pilot", "the pilot", "Mark Fisher"},
        {"en", "driver", "the driver", "Mark Fisher"},
        {"en", "conductor", "the conductor", "Mark Fisher"},
        {"en", "curator", "the curator", "Anne Fisher"},
        {"en", "goalkeeper", "the goalkeeper", "Mark Fisher"},
        {"en", "referee", "the referee", "Mark Fisher"},
    });
}

TEST_CASE("the roles the lists had already still find their holder", "[quotes][quotes70]") {
    check_roles({
        {"fr", "l'entraîneur du club", "l'entraîneur", "Marc Favre"},
        {"fr", "la directrice de l'école", "la directrice", "Anne Favre"},
        {"fr", "le chef d'orchestre", "le chef d'orchestre", "Marc Favre"},
        {"fr", "le pompier de service", "le pompier", "Marc Favre"},
        {"de", "Trainer", "der Trainer", "Marc Berger"},
        {"de", "Schulleiterin", "die Schulleiterin", "Anna Berger"},
        {"de", "Schiedsrichter", "der Schiedsrichter", "Marc Berger"},
        {"de", "Oberarzt", "der Oberarzt", "Marc Berger"},
        {"it", "l'allenatore della squadra", "l'allenatore", "Marco Bruni"},
        {"it", "il direttore d'orchestra", "il direttore d'orchestra", "Marco Bruni"},
        {"es", "el entrenador del club", "el entrenador", "Marcos Ortega"},
        {"es", "la directora del colegio", "la directora", "Ana Ortega"},
        {"es", "el comisario de policía", "el comisario", "Marcos Ortega"},
        {"es", "la enfermera de guardia", "la enfermera", "Ana Ortega"},
        {"es", "la comisaria de la exposición", "la comisaria", "Ana Ortega"},
        {"es", "el director de cine", "el director", "Marcos Ortega"},
        {"en", "coach", "the coach", "Mark Fisher"},
        {"en", "nurse", "the nurse", "Anne Fisher"},
        {"en", "manager", "the manager", "Mark Fisher"},
        {"en", "fire chief", "the fire chief", "Mark Fisher"},
        {"en", "head coach", "the head coach", "Mark Fisher"},
    });
}
