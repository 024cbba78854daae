// Tests of the labels of tables of contents printed by the common blog plugins in Spanish and Polish ("Índice de
// contenidos", "Tabla de contenidos", "Spis treści:"): lexicon section contents_labels.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::check_heading_rows;

namespace {

std::string es_guide(const char* label) {
    return std::string(R"(Guía de la Casa
Cómo elegir una estufa de pellets para un piso pequeño
Una estufa de pellets calienta un salón de treinta metros con poco gasto, pero no sirve para cualquier vivienda.
)") + label + R"(
Cuánto calienta una estufa
Dónde se puede instalar
Cuánto cuesta el pellet
Cuánto calienta una estufa
La potencia se mide en kilovatios: para un salón de treinta metros bastan unos seis, si el piso está bien aislado.
Una estufa demasiado potente se apaga y se enciende sin parar, y gasta más pellet del que haría falta.
Dónde se puede instalar
Necesita una salida de humos al exterior, por la fachada o por el tejado, y un enchufe cerca para el encendido.
En muchos edificios la comunidad de vecinos tiene que aprobar el tubo que atraviesa la fachada del inmueble.
Cuánto cuesta el pellet
Un saco de quince kilos cuesta unos cinco euros y dura uno o dos días en lo más frío del invierno.
Conviene comprar los sacos en verano, cuando los precios bajan y los almacenes tienen más existencias.
)";
}

} // namespace

TEST_CASE("the labels of blog plugins' tables of contents head the list of the headings", "[classify][contents]") {
    const std::vector<std::string> es_headings = {"Cuánto calienta una estufa", "Dónde se puede instalar",
                                                  "Cuánto cuesta el pellet"};
    check_heading_rows({
        {"es", es_guide("Índice de contenidos").c_str(), es_headings},
        {"es", es_guide("Tabla de contenidos").c_str(), es_headings},
    });
    // The label with its colon, in Polish.
    check_heading_rows({{"pl", R"(Poradnik Domowy
Jak wybrać piec na pellet do małego mieszkania
Piec na pellet ogrzeje salon o powierzchni trzydziestu metrów niskim kosztem, ale nie pasuje do każdego domu.
Spis treści:
Ile ciepła daje piec
Gdzie można go postawić
Ile kosztuje pellet
Ile ciepła daje piec
Moc mierzy się w kilowatach: na salon o powierzchni trzydziestu metrów wystarczy około sześciu, jeśli dom jest ocieplony.
Zbyt mocny piec ciągle się wyłącza i włącza, a przez to zużywa więcej pelletu, niż byłoby trzeba.
Gdzie można go postawić
Potrzebny jest przewód kominowy lub wyprowadzenie spalin przez ścianę, a także gniazdko w pobliżu pieca.
W wielu blokach na rurę przechodzącą przez elewację musi się zgodzić wspólnota mieszkaniowa budynku.
Ile kosztuje pellet
Worek o wadze piętnastu kilogramów kosztuje około dwudziestu złotych i wystarcza na jeden lub dwa dni.
Warto kupować pellet latem, kiedy ceny spadają, a składy mają więcej towaru na miejscu.
)",
                         {"Ile ciepła daje piec", "Gdzie można go postawić", "Ile kosztuje pellet"}}});
}
