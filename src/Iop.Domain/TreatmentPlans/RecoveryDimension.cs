namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// SAMHSA's four dimensions of recovery, used to tag a <see cref="Goal"/> (SAMHSA working definition of
/// recovery, 2011/2012). <c>0</c> is not a member.
/// </summary>
public enum RecoveryDimension
{
    /// <summary>Health: managing one's disease or symptoms (for example abstaining) and making healthy choices.</summary>
    Health = 1,

    /// <summary>Home: a stable and safe place to live.</summary>
    Home = 2,

    /// <summary>Purpose: meaningful daily activities, and the independence, income and resources to take part in society.</summary>
    Purpose = 3,

    /// <summary>Community: relationships and social networks that give support, friendship, love and hope.</summary>
    Community = 4,
}
