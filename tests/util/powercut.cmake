# The power cut (tests/cli/test_powercut.py): an LD_PRELOAD shim that keeps, beside a folder, only what
# was synced, and the tool that turns the folder back into that after the process is killed. Plain C,
# built with the C compiler only for this.
enable_language(C)
find_package(Threads REQUIRED)
add_library(postino-powercut MODULE ${CMAKE_CURRENT_LIST_DIR}/powercut/PowerCutShim.c
    ${CMAKE_CURRENT_LIST_DIR}/powercut/PowerCut.h)
add_executable(postino-powercut-restore ${CMAKE_CURRENT_LIST_DIR}/powercut/PowerCutRestore.c
    ${CMAKE_CURRENT_LIST_DIR}/powercut/PowerCut.h)
foreach(target postino-powercut postino-powercut-restore)
    set_target_properties(${target} PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON)
    target_compile_options(${target} PRIVATE -Wall -Wextra $<$<BOOL:${POSTINO_WERROR}>:-Werror>)
endforeach()
target_link_libraries(postino-powercut PRIVATE Threads::Threads)
