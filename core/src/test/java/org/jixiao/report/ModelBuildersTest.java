// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders are the documented way to build a report from code (see the package documentation):
 * every record of the model has one, every argument is set by its name, and nothing on a builder takes
 * two arguments, so no call can swap two of them.
 */
@Tag("issue-14")
class ModelBuildersTest {

    static List<Class<?>> modelRecords() {
        return RecordComponentConstraintsTest.modelRecords();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelRecords")
    void everyRecordHasABuilderWithOneSetterPerComponentNamedAsTheComponent(Class<?> record) throws Exception {
        Class<?> builder = builderOf(record);
        assertAll(
                () -> assertTrue(Modifier.isFinal(builder.getModifiers()), "final"),
                () -> assertEquals(0, builder.getConstructors().length, "no public constructor"),
                () -> assertEquals(builder, builder.getMethod("builder").getReturnType()),
                () -> assertEquals(record, builder.getMethod("build").getReturnType()));
        for (RecordComponent component : record.getRecordComponents()) {
            Method setter = builder.getMethod(component.getName(), component.getType());
            assertEquals(builder, setter.getReturnType(), setter::toString);
            assertEquals(component.getGenericType(), setter.getGenericParameterTypes()[0], setter::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelRecords")
    void noBuilderMethodTakesTwoArgumentsSoNoneCanBeSwapped(Class<?> record) throws Exception {
        List<String> positional = Arrays.stream(builderOf(record).getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> m.getParameterCount() > 1)
                .map(Method::toString)
                .toList();
        assertEquals(List.of(), positional);
    }

    /** Pins the count the package documentation gives; a new component may change it, and the text with it. */
    @Test
    void recordsWithSameTypedNeighboursAreThe24ThePackageDocumentationCounts() {
        List<String> withNeighbours = new ArrayList<>();
        for (Class<?> record : modelRecords()) {
            RecordComponent[] components = record.getRecordComponents();
            for (int i = 1; i < components.length; i++) {
                if (components[i].getGenericType().equals(components[i - 1].getGenericType())) {
                    withNeighbours.add(record.getSimpleName());
                    break;
                }
            }
        }
        assertEquals(44, modelRecords().size());
        assertEquals(24, withNeighbours.size(), withNeighbours::toString);
        assertTrue(withNeighbours.containsAll(List.of("Budget", "FinalAccounts", "Staffing", "ProjectFunds")));
    }

    /** Every record of the sample reports, rebuilt by setting each component by name, equals itself. */
    @Test
    void settingEachComponentByItsNameBuildsAnEqualRecord() throws Exception {
        List<Record> records = new ArrayList<>();
        collect(SampleReport.valid(), records);
        collect(SampleReport.hubeiShort(), records);
        List<Class<?>> met =
                records.stream().<Class<?>>map(Object::getClass).distinct().toList();
        assertTrue(met.size() >= 35, () -> met.size() + " kinds of record met: " + met);
        for (Record record : records) {
            Class<?> builderClass = builderOf(record.getClass());
            Object builder = builderClass.getMethod("builder").invoke(null);
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                builderClass
                        .getMethod(component.getName(), component.getType())
                        .invoke(builder, component.getAccessor().invoke(record));
            }
            assertEquals(record, builderClass.getMethod("build").invoke(builder));
            Object copy = builderClass.getMethod("builder", record.getClass()).invoke(null, record);
            assertEquals(record, builderClass.getMethod("build").invoke(copy));
        }
    }

    @Test
    void aComponentNotSetIsNullAndAListNotSetIsEmptyAsForAnAbsentJsonProperty() {
        Budget budget =
                BudgetBuilder.builder().total(Money.tenThousandYuan("4659.17")).build();
        assertEquals(new Budget(Money.tenThousandYuan("4659.17"), null, null), budget);
        Item item = ItemBuilder.builder().title("加强预算管理。").build();
        assertEquals(List.of(), item.paragraphs());
        assertEquals(Item.of("加强预算管理。"), item);
    }

    private static Class<?> builderOf(Class<?> record) throws ClassNotFoundException {
        return Class.forName(record.getName() + "Builder");
    }

    private static void collect(Object value, List<Record> into) throws Exception {
        if (value instanceof Record record) {
            into.add(record);
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(component.getAccessor().invoke(record), into);
            }
        } else if (value instanceof Collection<?> values) {
            for (Object v : values) {
                collect(v, into);
            }
        } else if (value instanceof Map<?, ?> map) {
            collect(map.values(), into);
        }
    }
}
