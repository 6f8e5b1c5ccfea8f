# Fails when a source of postino-core includes a Qt module other than Core and Network.
#   cmake -DDIR=<folder> -P CheckCoreIncludes.cmake
# The compiler alone cannot stop it: Qt6::Core puts Qt's include root on the path, so
# <QtWidgets/QWidget> would compile in core. postino-core's build runs this first.
if(NOT DIR)
    message(FATAL_ERROR "CheckCoreIncludes: set -DDIR=<folder>")
endif()
get_filename_component(DIR "${DIR}" ABSOLUTE)
file(GLOB_RECURSE sources "${DIR}/*.cpp" "${DIR}/*.h")
# A module's headers by path (<QtWidgets/QWidget>) or whole (<QtWidgets>); <QtEndian> and the like are
# Qt Core's own headers. QtKeychain has its own target (postino-keychain).
set(umbrellas "Gui|Widgets|Svg|Sql|Xml|Qml|Quick|DBus|Concurrent|PrintSupport|OpenGL|OpenGLWidgets|Test")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS lines)
        set(module "")
        if(line MATCHES "[<\"](Qt[A-Za-z0-9]+)/")
            set(module "${CMAKE_MATCH_1}")
        elseif(line MATCHES "[<\"](Qt(${umbrellas}))[>\"]")
            set(module "${CMAKE_MATCH_1}")
        elseif(line MATCHES "[<\"](qt6keychain)/")
            set(module "${CMAKE_MATCH_1}")
        endif()
        if(module AND NOT module MATCHES "^Qt(Core|Network)$")
            file(RELATIVE_PATH where "${DIR}" "${source}")
            string(STRIP "${line}" line)
            list(APPEND offenders "  ${where}: ${line} (${module})")
        endif()
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n" text)
    message(FATAL_ERROR "postino-core links only Qt Core and Network; these sources include other Qt "
                        "modules (move the code to ui/, or behind an interface in core):\n${text}")
endif()
