using System.Reflection;
using Iop.Domain.Continuum;
using Iop.Domain.Intensity;
using Iop.Domain.Outcomes;

namespace Iop.Domain.Tests.Hardening;

/// <summary>The fuzz's reading of the XML documentation finds the tags of constructors, generic types, setters and inherited docs.</summary>
public sealed class DocumentedExceptionsTests
{
    [Fact]
    public void Of_AConstructor_ReadsItsExceptionTags() =>
        DocumentedExceptions.Of(typeof(Proportion).GetConstructor([typeof(long), typeof(long)])!).Should().Contain(typeof(ArgumentOutOfRangeException));

    [Fact]
    public void Of_AConstructorOfAClosedGenericType_ReadsTheDefinitionsTags() =>
        DocumentedExceptions.Of(typeof(Episode<string>).GetConstructors().Single()).Should().Contain([typeof(ArgumentNullException), typeof(ArgumentException)]);

    [Fact]
    public void Of_AGenericMethod_ReadsItsTags() =>
        DocumentedExceptions.Of(typeof(EpisodeOutcomes).GetMethod(nameof(EpisodeOutcomes.Evaluate))!.MakeGenericMethod(typeof(string))).Should().Contain(typeof(ArgumentOutOfRangeException));

    [Fact]
    public void Of_AnInitSetter_ReadsItsPropertysTags() =>
        DocumentedExceptions.Of(typeof(Session).GetProperty(nameof(Session.Date))!.SetMethod!).Should().Contain(typeof(ArgumentOutOfRangeException));

    [Fact]
    public void Of_AnInheritDocImplementation_ReadsTheInterfaceMembersTags() =>
        DocumentedExceptions.Of(typeof(Iop.Domain.Placement.CriteriaPlacementPolicy).GetMethod(nameof(Iop.Domain.Placement.CriteriaPlacementPolicy.Decide))!)
            .Should().Contain(typeof(ArgumentNullException), "IPlacementPolicy.Decide documents it");

    [Fact]
    public void Of_AnUndocumentedCompilerGeneratedMember_IsEmpty() =>
        DocumentedExceptions.Of(typeof(LevelOfCareChange).GetMethod("GetHashCode", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!).Should().BeEmpty();
}
