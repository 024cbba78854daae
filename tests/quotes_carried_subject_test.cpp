// A speech verb with no subject in a language that drops it ("Ha poi ribadito che «Q»", "Luego añadió: «Q»") has the
// last speaker's, and a time adverb opening its clause ("Poi", "Más tarde", "Em seguida") is no speaker.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a speech verb without a subject in a pro-drop language has the last speaker's", "[quotes][carried]") {
    // (the quote's cue, its speaker, and no mention)
    quote_checks::check_cues({
        {"it", {"«Il ponte sarà pronto in estate», ha detto il ministro Carlo Bellandi.",
                "E poco dopo, a margine dell'incontro, ha ribadito che «i fondi ci sono tutti»."},
         "i fondi ci sono tutti", "ha ribadito", "Carlo Bellandi", ""},
        {"it", {"«La rete idrica va rifatta da capo», ha spiegato l'assessora Marta Vinci.",
                "Ha poi precisato che «i lavori partiranno a marzo»."},
         "i lavori partiranno a marzo", "Ha poi precisato", "Marta Vinci", ""},
        {"es", {"«El agua llegará en mayo», dijo la consejera Ana Beltrán.",
                "Más tarde, en una entrevista radial, aseguró que «no habrá cortes este verano»."},
         "no habrá cortes este verano", "aseguró", "Ana Beltrán", ""},
        {"es", {"«La obra está parada», explicó el alcalde Tomás Ferrer.",
                "Luego añadió: «Nadie nos ha dado una fecha»."},
         "Nadie nos ha dado una fecha", "añadió", "Tomás Ferrer", ""},
        {"pt", {"«O porto vai abrir em junho», disse o autarca Rui Valente.",
                "Em seguida, na conferência de imprensa, afirmou que «as obras estão atrasadas há meses»."},
         "as obras estão atrasadas há meses", "afirmou", "Rui Valente", ""},
        {"pt", {"«Faltam médicos em todos os turnos», afirmou a diretora Inês Morgado.",
                "Depois acrescentou: «Precisamos de mais vinte»."},
         "Precisamos de mais vinte", "acrescentou", "Inês Morgado", ""},
    });
}

TEST_CASE("a time adverb opening a clause is no speaker", "[quotes][carried]") {
    // (before the page's first quote, the dropped subject is the person named as the sentence before's subject)
    check_quotes({
        {"it", {"Il ministro Carlo Bellandi è arrivato a Genova.", "Poi ha aggiunto che «nessuno resterà senza lavoro»."},
         "nessuno resterà senza lavoro", "Carlo Bellandi", ""},
        {"es", {"La consejera Ana Beltrán visitó la presa.", "Después dijo que «el nivel es bajo»."},
         "el nivel es bajo", "Ana Beltrán", ""},
        {"pt", {"O autarca Rui Valente visitou o cais.", "Logo disse que «a maré subiu demasiado»."},
         "a maré subiu demasiado", "Rui Valente", ""},
        // (a subject after the adverb speaks)
        {"it", {"«Serve tempo», ha detto il ministro Carlo Bellandi.", "Poi il sindaco ha detto che «il tempo è finito»."},
         "il tempo è finito", "", "il sindaco"},
    });
}

TEST_CASE("an uncued quote after one of an unnamed speaker is that speaker's, no earlier one's", "[quotes][carried]") {
    check_quotes({
        {"it", {"«Non ci sono feriti tra i clienti», ha detto il comandante Marco Rinaldi.",
                "«Ho visto tutto dalla vetrina del bar», ha raccontato uno dei passanti. «Il cassiere tremava come una foglia»."},
         "Il cassiere tremava come una foglia", ""},
        {"en", {"\"No one was hurt in the shop,\" said Captain Rob Hale.", "\"I saw it all from the bus stop,\" said a neighbour.",
                "\"The cashier was shaking like a leaf.\""},
         "The cashier was shaking like a leaf.", ""},
        {"fr", {"« Personne n'est blessé dans la boutique », a dit le commandant Paul Ricard.",
                "« J'ai tout vu depuis l'arrêt de bus », a raconté une passante. « Le caissier tremblait comme une feuille. »"},
         "Le caissier tremblait comme une feuille.", ""},
    });
}

TEST_CASE("a relative or neighbour from a place is an unnamed person, not the place", "[quotes][carried]") {
    check_quotes({
        {"fr", {"Ma cousine de Bellac m'a raconté que « le miel a manqué »."}, "le miel a manqué", ""},
        {"en", {"My neighbour from Ashcombe said the bees were \"gone by May\"."}, "gone by May", ""},
        {"it", {"Mio cugino di Valdrena ha detto che la neve è «arrivata tardi»."}, "arrivata tardi", ""},
        {"es", {"Mi vecino de Almoral dijo que el río estaba «más bajo que nunca»."}, "más bajo que nunca", ""},
    });
}

TEST_CASE("a separable verb's subject stands between the verb and its particle", "[quotes][carried]") {
    check_quotes({
        {"de", {"Die Anwältin Petra Lorenz sprach mit der Presse.",
                "„Bis es viel zu spät war“, stellte Lorenz fest, seien „die Warnungen nicht gehört worden“."},
         "Bis es viel zu spät war", "Petra Lorenz", "Lorenz"},
        {"de", {"Der Bürgermeister Anton Kessler besuchte die Baustelle.",
                "„Die Brücke bleibt bis zum März gesperrt“, teilte Kessler mit, die Stadt prüfe „alle Umleitungen“."},
         "Die Brücke bleibt bis zum März gesperrt", "Anton Kessler", "Kessler"},
    });
}
